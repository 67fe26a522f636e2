using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Hydration;

/// <summary>
/// DateTime with an offset: 0x49 (Bolt 5: UTC epoch seconds, nanoseconds, offset) or the legacy 0x46
/// (Bolt ≤ 4.4: epoch seconds <em>plus</em> the offset, nanoseconds, offset).
/// </summary>
public static class DateTimeStructure
{
    public const byte Tag = StructureTags.DateTime;
    public const byte LegacyTag = StructureTags.LegacyDateTime;

    public static CypherDateTime Read(ref PackStreamReader reader, int fields, byte tag)
    {
        BoltValueReader.ExpectFields("DateTime", fields, 3);
        var seconds = reader.ReadInteger();
        var nanos = BoltValueReader.ToInt32(reader.ReadInteger(), "DateTime nanoseconds");
        var offset = BoltValueReader.ToInt32(reader.ReadInteger(), "DateTime offset");
        var utcSeconds = tag == LegacyTag ? checked(seconds - offset) : seconds;
        return new CypherDateTime(utcSeconds, nanos, offset);
    }

    public static void Write(PackStreamWriter writer, CypherDateTime value, BoltValueFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(format);
        writer.WriteStructureHeader(format.UtcDateTime ? Tag : LegacyTag, 3);
        writer.WriteInteger(format.UtcDateTime ? value.EpochSecond : value.LocalEpochSecond);
        writer.WriteInteger(value.Nanosecond);
        writer.WriteInteger(value.OffsetSeconds);
    }
}
