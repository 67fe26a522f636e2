using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Hydration;

/// <summary>LocalDateTime 0x64: wall-clock seconds since the epoch, nanoseconds.</summary>
public static class LocalDateTimeStructure
{
    public const byte Tag = StructureTags.LocalDateTime;

    public static CypherLocalDateTime Read(ref PackStreamReader reader, int fields)
    {
        BoltValueReader.ExpectFields("LocalDateTime", fields, 2);
        var seconds = reader.ReadInteger();
        var nanos = BoltValueReader.ToInt32(reader.ReadInteger(), "LocalDateTime nanoseconds");
        return new CypherLocalDateTime(seconds, nanos);
    }

    public static void Write(PackStreamWriter writer, CypherLocalDateTime value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStructureHeader(Tag, 2);
        writer.WriteInteger(value.EpochSecond);
        writer.WriteInteger(value.Nanosecond);
    }
}
