using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Json;
using EconSecGraph.Web.Queries;
using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Elements;

/// <summary>
/// Turns nodes and relationships into Cytoscape.js elements. <c>data.id</c> is the stable key
/// (<see cref="NodeKeys"/>); names, dates and the primary label are lifted out of the properties so the
/// UI can style, filter and lay out by them. The UI renders every value as text only.
/// </summary>
public static class ElementMapper
{
    /// <summary>The property names tried, in order, for a node's caption.</summary>
    private static readonly string[] s_captionKeys = ["name", "nameJa", "title", "nameEn", "id"];

    private static readonly string[] s_liftedKeys = ["name", "nameEn", "date", "endDate", "datePrecision"];

    public static CytoscapeElement Node(CypherNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var data = new JObject
        {
            ["id"] = NodeKeys.Of(node),
            ["elementId"] = node.ElementId,
            ["label"] = Caption(node),
            ["kind"] = PrimaryLabel(node),
            ["labels"] = new JArray(node.Labels),
        };
        Lift(data, node.Properties);
        data["properties"] = CypherJson.ToJson(node.Properties);
        return new CytoscapeElement("nodes", data);
    }

    public static CytoscapeElement Edge(
        CypherRelationship relationship,
        string startKey,
        string endKey,
        string? id = null
    )
    {
        ArgumentNullException.ThrowIfNull(relationship);
        var data = new JObject
        {
            ["id"] = id ?? NodeKeys.Of(relationship, startKey, endKey),
            ["elementId"] = relationship.ElementId,
            ["source"] = startKey,
            ["target"] = endKey,
            ["label"] = relationship.Type,
            ["type"] = relationship.Type,
        };
        Lift(data, relationship.Properties);
        data["properties"] = CypherJson.ToJson(relationship.Properties);
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

    /// <summary>The label that says what the node is: the first one other than the common <c>Entity</c>.</summary>
    public static string PrimaryLabel(CypherNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        foreach (var label in node.Labels)
        {
            if (!string.Equals(label, NodeKeys.CommonLabel, StringComparison.Ordinal))
            {
                return label;
            }
        }
        return node.Labels.Count > 0 ? node.Labels[0] : string.Empty;
    }

    private static void Lift(JObject data, IReadOnlyDictionary<string, CypherValue> properties)
    {
        foreach (var key in s_liftedKeys)
        {
            if (properties.TryGetValue(key, out var value) && !value.IsNull)
            {
                data[key] = value is CypherString s ? s.Value : value.ToString();
            }
        }
    }
}
