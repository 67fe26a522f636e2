using System.Globalization;
using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Hydration;

/// <summary>Reads PackStream values as Cypher values, hydrating the Bolt structures by tag.</summary>
public static class BoltValueReader
{
    public static CypherValue Read(ref PackStreamReader reader, BoltValueFormat format) => Read(ref reader, format, 0);

    public static CypherMap ReadMap(ref PackStreamReader reader, BoltValueFormat format) =>
        ReadMap(ref reader, format, 0);

    internal static CypherValue Read(ref PackStreamReader reader, BoltValueFormat format, int depth)
    {
        if (depth > PackStreamReader.MaxDepth)
        {
            throw new PackStreamException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Values nest deeper than {PackStreamReader.MaxDepth} levels at byte {reader.Position}; flatten the value."
                )
            );
        }
        switch (reader.PeekType())
        {
            case PackStreamType.Null:
                reader.ReadNull();
                return CypherNull.Instance;
            case PackStreamType.Boolean:
                return CypherBoolean.Of(reader.ReadBoolean());
            case PackStreamType.Integer:
                return CypherInteger.Of(reader.ReadInteger());
            case PackStreamType.Float:
                return new CypherFloat(reader.ReadFloat());
            case PackStreamType.String:
                return new CypherString(reader.ReadString());
            case PackStreamType.Bytes:
                return new CypherBytes(reader.ReadBytes());
            case PackStreamType.List:
            {
                var count = reader.ReadListHeader();
                var items = new CypherValue[count];
                for (var i = 0; i < count; i++)
                {
                    items[i] = Read(ref reader, format, depth + 1);
                }
                return CypherList.Wrap(items);
            }
            case PackStreamType.Dictionary:
                return ReadMap(ref reader, format, depth);
            default:
                return ReadStructure(ref reader, format, depth);
        }
    }

    internal static CypherMap ReadMap(ref PackStreamReader reader, BoltValueFormat format, int depth)
    {
        var count = reader.ReadDictionaryHeader();
        var entries = new Dictionary<string, CypherValue>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadDictionaryKey();
            entries[key] = Read(ref reader, format, depth + 1); // duplicate keys: the last wins
        }
        return CypherMap.Wrap(entries);
    }

    internal static List<string> ReadStringList(ref PackStreamReader reader, string what)
    {
        var count = reader.ReadListHeader();
        var list = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            if (reader.PeekType() != PackStreamType.String)
            {
                throw new HydrationException($"{what} must be a list of strings; item {i} is a {reader.PeekType()}.");
            }
            list.Add(reader.ReadString());
        }
        return list;
    }

    private static CypherValue ReadStructure(ref PackStreamReader reader, BoltValueFormat format, int depth)
    {
        var start = reader.Position;
        var fields = reader.ReadStructureHeader(out var tag);
        try
        {
            return tag switch
            {
                StructureTags.Node => NodeStructure.Read(ref reader, fields, format, depth),
                StructureTags.Relationship => RelationshipStructure.Read(ref reader, fields, format, depth),
                StructureTags.Path => PathStructure.Read(ref reader, fields, format, depth),
                StructureTags.Date => DateStructure.Read(ref reader, fields),
                StructureTags.Time => TimeStructure.Read(ref reader, fields),
                StructureTags.LocalTime => LocalTimeStructure.Read(ref reader, fields),
                StructureTags.LocalDateTime => LocalDateTimeStructure.Read(ref reader, fields),
                StructureTags.DateTime or StructureTags.LegacyDateTime => DateTimeStructure.Read(
                    ref reader,
                    fields,
                    tag
                ),
                StructureTags.DateTimeZoneId or StructureTags.LegacyDateTimeZoneId => DateTimeZoneIdStructure.Read(
                    ref reader,
                    fields,
                    tag
                ),
                StructureTags.Duration => DurationStructure.Read(ref reader, fields),
                StructureTags.Point2D => Point2DStructure.Read(ref reader, fields),
                StructureTags.Point3D => Point3DStructure.Read(ref reader, fields),
                StructureTags.UnboundRelationship => throw new HydrationException(
                    "An UnboundRelationship (0x72) may only appear inside a Path."
                ),
                _ => throw new HydrationException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Unknown structure tag 0x{tag:X2} at byte {start}; Bolt values are Node, Relationship, Path, temporal, Duration and Point structures."
                    )
                ),
            };
        }
        catch (ArgumentException ex)
        {
            throw new HydrationException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The structure 0x{tag:X2} at byte {start} holds an invalid value: {ex.Message}"
                ),
                ex
            );
        }
    }

    /// <summary>Throws unless a structure has <paramref name="expected"/> fields (drivers check this too).</summary>
    internal static void ExpectFields(string name, int actual, int expected)
    {
        if (actual != expected)
        {
            throw new HydrationException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"A {name} structure has {expected} fields on this protocol version, not {actual}."
                )
            );
        }
    }

    internal static int ToInt32(long value, string field) =>
        value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw new HydrationException(
                string.Create(CultureInfo.InvariantCulture, $"{field} {value} is out of range.")
            );
}
