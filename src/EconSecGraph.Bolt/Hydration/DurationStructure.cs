using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Hydration;

/// <summary>Duration 0x45: months, days, seconds, nanoseconds.</summary>
public static class DurationStructure
{
    public const byte Tag = StructureTags.Duration;

    public static CypherDuration Read(ref PackStreamReader reader, int fields)
    {
        BoltValueReader.ExpectFields("Duration", fields, 4);
        var months = reader.ReadInteger();
        var days = reader.ReadInteger();
        var seconds = reader.ReadInteger();
        var nanos = reader.ReadInteger();
        return new CypherDuration(months, days, seconds, nanos);
    }

    public static void Write(PackStreamWriter writer, CypherDuration duration)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(duration);
        writer.WriteStructureHeader(Tag, 4);
        writer.WriteInteger(duration.Months);
        writer.WriteInteger(duration.Days);
        writer.WriteInteger(duration.Seconds);
        writer.WriteInteger(duration.Nanoseconds);
    }
}
