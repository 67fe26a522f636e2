using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Hydration;

/// <summary>Time 0x54: nanoseconds since local midnight, tz_offset_seconds.</summary>
public static class TimeStructure
{
    public const byte Tag = StructureTags.Time;

    public static CypherTime Read(ref PackStreamReader reader, int fields)
    {
        BoltValueReader.ExpectFields("Time", fields, 2);
        var nanos = reader.ReadInteger();
        var offset = BoltValueReader.ToInt32(reader.ReadInteger(), "Time offset");
        return new CypherTime(nanos, offset);
    }

    public static void Write(PackStreamWriter writer, CypherTime time)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(time);
        writer.WriteStructureHeader(Tag, 2);
        writer.WriteInteger(time.NanoOfDay);
        writer.WriteInteger(time.OffsetSeconds);
    }
}
