using EconSecGraph.Graph.Values;
using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Json;

/// <summary>
/// The JSON mapping of Cypher values for the HTTP API (the shape of Neo4j's Query API plain JSON):
/// numbers, strings, lists and maps as themselves; temporals and durations as ISO-8601 strings;
/// nodes, relationships and paths as objects with element ids.
/// </summary>
public static class CypherJson
{
    public static JToken ToJson(CypherValue value) =>
        value switch
        {
            CypherNull => JValue.CreateNull(),
            CypherBoolean b => new JValue(b.Value),
            CypherInteger i => new JValue(i.Value),
            CypherFloat f => double.IsFinite(f.Value) ? new JValue(f.Value) : new JValue(f.ToString()),
            CypherString s => new JValue(s.Value),
            CypherBytes bytes => new JValue(Convert.ToBase64String(bytes.Value.Span)),
            CypherList list => new JArray(list.Select(ToJson)),
            CypherMap map => ToJson((IReadOnlyDictionary<string, CypherValue>)map),
            CypherNode node => Node(node),
            CypherRelationship rel => Relationship(rel),
            CypherPath path => new JObject
            {
                ["nodes"] = new JArray(path.Nodes.Select(Node)),
                ["relationships"] = new JArray(path.Relationships.Select(Relationship)),
            },
            CypherPoint point => new JObject
            {
                ["srid"] = point.Srid,
                ["crs"] = point.CrsName,
                ["x"] = point.X,
                ["y"] = point.Y,
                ["z"] = point.Z is { } z ? new JValue(z) : JValue.CreateNull(),
            },
            _ => new JValue(value.ToString()), // temporals and durations: ISO-8601 as Neo4j prints them
        };

    public static JObject ToJson(IReadOnlyDictionary<string, CypherValue> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var obj = new JObject();
        foreach (var (key, v) in properties)
        {
            obj[key] = ToJson(v);
        }
        return obj;
    }

    private static JObject Node(CypherNode node) =>
        new()
        {
            ["elementId"] = node.ElementId,
            ["labels"] = new JArray(node.Labels),
            ["properties"] = ToJson(node.Properties),
        };

    private static JObject Relationship(CypherRelationship rel) =>
        new()
        {
            ["elementId"] = rel.ElementId,
            ["type"] = rel.Type,
            ["startNodeElementId"] = rel.StartNodeElementId,
            ["endNodeElementId"] = rel.EndNodeElementId,
            ["properties"] = ToJson(rel.Properties),
        };
}
