using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Hydration;

/// <summary>
/// DateTime with a named zone: 0x69 (Bolt 5: UTC epoch seconds, nanoseconds, tz_id) or the legacy 0x66
/// (Bolt ≤ 4.4: local epoch seconds, nanoseconds, tz_id). The offset is resolved from the zone rules.
/// </summary>
public static class DateTimeZoneIdStructure
{
    public const byte Tag = StructureTags.DateTimeZoneId;
    public const byte LegacyTag = StructureTags.LegacyDateTimeZoneId;

    public static CypherDateTime Read(ref PackStreamReader reader, int fields, byte tag)
    {
        BoltValueReader.ExpectFields("DateTimeZoneId", fields, 3);
        var seconds = reader.ReadInteger();
        var nanos = BoltValueReader.ToInt32(reader.ReadInteger(), "DateTime nanoseconds");
        var zoneId = reader.ReadString();
        var zone = TimeZoneRules.Find(zoneId);
        if (tag == LegacyTag)
        {
            var offsetAtLocal = TimeZoneRules.OffsetAtLocal(zone, seconds);
            return new CypherDateTime(checked(seconds - offsetAtLocal), nanos, offsetAtLocal, zoneId);
        }
        return new CypherDateTime(seconds, nanos, TimeZoneRules.OffsetAtInstant(zone, seconds), zoneId);
    }

    public static void Write(PackStreamWriter writer, CypherDateTime value, BoltValueFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(format);
        writer.WriteStructureHeader(format.UtcDateTime ? Tag : LegacyTag, 3);
        writer.WriteInteger(format.UtcDateTime ? value.EpochSecond : value.LocalEpochSecond);
        writer.WriteInteger(value.Nanosecond);
        writer.WriteString(value.ZoneId ?? "UTC");
    }
}
