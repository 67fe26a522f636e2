using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Hydration;

/// <summary>LocalTime 0x74: nanoseconds since midnight.</summary>
public static class LocalTimeStructure
{
    public const byte Tag = StructureTags.LocalTime;

    public static CypherLocalTime Read(ref PackStreamReader reader, int fields)
    {
        BoltValueReader.ExpectFields("LocalTime", fields, 1);
        return new CypherLocalTime(reader.ReadInteger());
    }

    public static void Write(PackStreamWriter writer, CypherLocalTime time)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(time);
        writer.WriteStructureHeader(Tag, 1);
        writer.WriteInteger(time.NanoOfDay);
    }
}
