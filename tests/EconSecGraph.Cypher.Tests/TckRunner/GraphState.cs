using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Tests.TckRunner;

/// <summary>What the TCK's side effects are measured on: node and relationship ids, label names, property triples.</summary>
public sealed record GraphState(
    HashSet<long> Nodes,
    HashSet<long> Relationships,
    HashSet<string> Labels,
    HashSet<string> Properties
)
{
    internal static GraphState Capture(EmbeddedGraphDatabase db)
    {
        using var view = db.Backend.BeginRead();
        var nodes = new HashSet<long>();
        var labels = new HashSet<string>(StringComparer.Ordinal);
        var props = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in view.AllNodes())
        {
            nodes.Add(n);
            foreach (var l in view.NodeLabels(n))
            {
                labels.Add(l);
            }
            foreach (var (k, v) in view.NodeProperties(n))
            {
                props.Add("n" + n + "." + k + "=" + CypherLiteral.Render(v));
            }
        }
        var rels = new HashSet<long>();
        foreach (var r in view.AllRelationships())
        {
            rels.Add(r.Id);
            foreach (var (k, v) in view.RelationshipProperties(r.Id))
            {
                props.Add("r" + r.Id + "." + k + "=" + CypherLiteral.Render(v));
            }
        }
        return new GraphState(nodes, rels, labels, props);
    }

    /// <summary>The side-effect names the TCK uses.</summary>
    public static IReadOnlyList<string> Metrics { get; } =
    ["+nodes", "-nodes", "+relationships", "-relationships", "+labels", "-labels", "+properties", "-properties"];

    /// <summary>The TCK side-effect counts from this state to <paramref name="after"/>.</summary>
    public Dictionary<string, int> Diff(GraphState after) =>
        new(StringComparer.Ordinal)
        {
            ["+nodes"] = after.Nodes.Count(n => !Nodes.Contains(n)),
            ["-nodes"] = Nodes.Count(n => !after.Nodes.Contains(n)),
            ["+relationships"] = after.Relationships.Count(r => !Relationships.Contains(r)),
            ["-relationships"] = Relationships.Count(r => !after.Relationships.Contains(r)),
            ["+labels"] = after.Labels.Count(l => !Labels.Contains(l)),
            ["-labels"] = Labels.Count(l => !after.Labels.Contains(l)),
            ["+properties"] = after.Properties.Count(p => !Properties.Contains(p)),
            ["-properties"] = Properties.Count(p => !after.Properties.Contains(p)),
        };
}
