using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Json;
using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Elements;

/// <summary>Turns nodes and relationships into Cytoscape.js elements (the UI renders them as text only).</summary>
public static class ElementMapper
{
    /// <summary>The property names tried, in order, for a node's caption.</summary>
    private static readonly string[] s_captionKeys = ["name", "nameJa", "title", "nameEn", "id"];

    public static CytoscapeElement Node(CypherNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var data = new JObject
        {
            ["id"] = node.ElementId,
            ["label"] = Caption(node),
            ["labels"] = new JArray(node.Labels),
            ["properties"] = CypherJson.ToJson(node.Properties),
        };
        return new CytoscapeElement("nodes", data);
    }

    public static CytoscapeElement Edge(CypherRelationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        var data = new JObject
        {
            ["id"] = relationship.ElementId,
            ["source"] = relationship.StartNodeElementId,
            ["target"] = relationship.EndNodeElementId,
            ["label"] = relationship.Type,
            ["type"] = relationship.Type,
            ["properties"] = CypherJson.ToJson(relationship.Properties),
        };
        return new CytoscapeElement("edges", data);
    }

    public static string Caption(CypherNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        foreach (var key in s_captionKeys)
        {
            if (node.Properties.TryGetValue(key, out var value) && value is CypherString { Value.Length: > 0 } s)
            {
                return s.Value;
            }
        }
        return node.Labels.Count > 0 ? node.Labels[0] : node.ElementId;
    }
}
