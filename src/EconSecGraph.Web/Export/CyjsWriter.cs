using EconSecGraph.Graph.Values;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Export;

/// <summary>
/// Cytoscape.js JSON as Cytoscape desktop imports it (File → Import → Network from File, <c>.cyjs</c>):
/// <c>elements.nodes[].data</c> / <c>elements.edges[].data</c> with flat, consistently typed attributes.
/// </summary>
public static class CyjsWriter
{
    /// <summary>Attribute names Cytoscape desktop reserves; properties with these names get a <c>p_</c> prefix.</summary>
    private static readonly HashSet<string> s_reserved = new(StringComparer.Ordinal)
    {
        "id",
        "source",
        "target",
        "name",
        "shared_name",
        "interaction",
        "shared_interaction",
        "SUID",
        "selected",
        "labels",
        "kind",
        "label",
    };

    public static void Write(ExportGraph graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var nodeColumns = PropertyColumns.Of(graph.Nodes.Select(n => n.Properties));
        var edgeColumns = PropertyColumns.Of(graph.Edges.Select(e => e.Properties));
        var nodes = new JArray();
        foreach (var node in graph.Nodes)
        {
            var data = new JObject
            {
                ["id"] = node.Key,
                ["name"] = node.Caption,
                ["shared_name"] = node.Caption,
                ["labels"] = new JArray(node.Labels),
                ["kind"] =
                    node.Labels.FirstOrDefault(l => !string.Equals(l, "Entity", StringComparison.Ordinal))
                    ?? string.Empty,
            };
            Put(data, node.Properties, nodeColumns);
            nodes.Add(new JObject { ["data"] = data });
        }
        var edges = new JArray();
        foreach (var edge in graph.Edges)
        {
            var data = new JObject
            {
                ["id"] = edge.Key,
                ["source"] = edge.Source,
                ["target"] = edge.Target,
                ["interaction"] = edge.Type,
                ["shared_interaction"] = edge.Type,
                ["name"] = $"{edge.Source} ({edge.Type}) {edge.Target}",
                ["shared_name"] = $"{edge.Source} ({edge.Type}) {edge.Target}",
            };
            Put(data, edge.Properties, edgeColumns);
            edges.Add(new JObject { ["data"] = data });
        }
        var document = new JObject
        {
            ["format_version"] = "1.0",
            ["generated_by"] = "EconSecGraph",
            ["target_cytoscapejs_version"] = "~3.35",
            ["data"] = new JObject { ["name"] = "EconSecGraph", ["shared_name"] = "EconSecGraph" },
            ["elements"] = new JObject { ["nodes"] = nodes, ["edges"] = edges },
        };
        using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(false), leaveOpen: true);
        using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented };
        document.WriteTo(json);
    }

    private static void Put(JObject data, IReadOnlyDictionary<string, CypherValue> properties, PropertyColumns columns)
    {
        foreach (var (key, type) in columns.Columns)
        {
            if (!properties.TryGetValue(key, out var value) || value.IsNull)
            {
                continue;
            }
            var name = s_reserved.Contains(key) ? "p_" + key : key;
            data[name] = type switch
            {
                ColumnType.Long when value is CypherInteger i => i.Value,
                ColumnType.Double when value is CypherInteger i => (double)i.Value,
                ColumnType.Double when value is CypherFloat f => f.Value,
                ColumnType.Boolean when value is CypherBoolean b => b.Value,
                ColumnType.List when value is CypherList list => new JArray(list.Select(PropertyColumns.Text)),
                _ => PropertyColumns.Text(value),
            };
        }
    }
}
