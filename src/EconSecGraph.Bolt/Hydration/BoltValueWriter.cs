using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Hydration;

/// <summary>Writes Cypher values as PackStream, dehydrating graph, temporal and spatial values into structures.</summary>
public static class BoltValueWriter
{
    public static void Write(PackStreamWriter writer, CypherValue value, BoltValueFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(format);
        switch (value)
        {
            case CypherNull:
                writer.WriteNull();
                break;
            case CypherBoolean b:
                writer.WriteBoolean(b.Value);
                break;
            case CypherInteger i:
                writer.WriteInteger(i.Value);
                break;
            case CypherFloat f:
                writer.WriteFloat(f.Value);
                break;
            case CypherString s:
                writer.WriteString(s.Value);
                break;
            case CypherBytes bytes:
                writer.WriteBytes(bytes.Value.Span);
                break;
            case CypherList list:
                writer.WriteListHeader(list.Count);
                foreach (var item in list.AsSpan())
                {
                    Write(writer, item, format);
                }
                break;
            case CypherMap map:
                WriteMap(writer, map, format);
                break;
            case CypherNode node:
                NodeStructure.Write(writer, node, format);
                break;
            case CypherRelationship relationship:
                RelationshipStructure.Write(writer, relationship, format);
                break;
            case CypherPath path:
                PathStructure.Write(writer, path, format);
                break;
            case CypherDate date:
                DateStructure.Write(writer, date);
                break;
            case CypherTime time:
                TimeStructure.Write(writer, time);
                break;
            case CypherLocalTime localTime:
                LocalTimeStructure.Write(writer, localTime);
                break;
            case CypherLocalDateTime localDateTime:
                LocalDateTimeStructure.Write(writer, localDateTime);
                break;
            case CypherDateTime { ZoneId: null } dateTime:
                DateTimeStructure.Write(writer, dateTime, format);
                break;
            case CypherDateTime dateTime:
                DateTimeZoneIdStructure.Write(writer, dateTime, format);
                break;
            case CypherDuration duration:
                DurationStructure.Write(writer, duration);
                break;
            case CypherPoint { Z: null } point:
                Point2DStructure.Write(writer, point);
                break;
            case CypherPoint point:
                Point3DStructure.Write(writer, point);
                break;
            default:
                throw new ArgumentException($"Bolt has no encoding for {value.Kind} values.", nameof(value));
        }
    }

    public static void WriteMap(
        PackStreamWriter writer,
        IReadOnlyDictionary<string, CypherValue> map,
        BoltValueFormat format
    )
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(map);
        writer.WriteDictionaryHeader(map.Count);
        foreach (var (key, item) in map)
        {
            writer.WriteString(key);
            Write(writer, item, format);
        }
    }
}
