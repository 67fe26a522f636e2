using System.Text;

namespace EconSecGraph.Graph.Values;

/// <summary>
/// A path: nodes n0..nk and relationships r1..rk, where ri connects n(i-1) and ni in either direction.
/// </summary>
public sealed class CypherPath : CypherValue
{
    public CypherPath(IReadOnlyList<CypherNode> nodes, IReadOnlyList<CypherRelationship> relationships)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(relationships);
        if (nodes.Count != relationships.Count + 1)
        {
            throw new ArgumentException(
                $"A path has one more node than relationships; got {nodes.Count} nodes and {relationships.Count} relationships.",
                nameof(nodes)
            );
        }
        for (var i = 0; i < relationships.Count; i++)
        {
            var r = relationships[i];
            var a = nodes[i].Id;
            var b = nodes[i + 1].Id;
            if (!((r.StartNodeId == a && r.EndNodeId == b) || (r.StartNodeId == b && r.EndNodeId == a)))
            {
                throw new ArgumentException(
                    $"Relationship {i} does not connect path nodes {i} and {i + 1}.",
                    nameof(relationships)
                );
            }
        }
        Nodes = nodes;
        Relationships = relationships;
    }

    public override CypherValueKind Kind => CypherValueKind.Path;

    public override string TypeName => "PATH";

    public IReadOnlyList<CypherNode> Nodes { get; }

    public IReadOnlyList<CypherRelationship> Relationships { get; }

    public CypherNode Start => Nodes[0];

    public CypherNode End => Nodes[^1];

    public int Length => Relationships.Count;

    public override string ToString()
    {
        var sb = new StringBuilder("<").Append(Nodes[0]);
        for (var i = 0; i < Relationships.Count; i++)
        {
            var r = Relationships[i];
            var forward = r.StartNodeId == Nodes[i].Id;
            sb.Append(forward ? "-" : "<-").Append(r).Append(forward ? "->" : "-").Append(Nodes[i + 1]);
        }
        return sb.Append('>').ToString();
    }

    public override bool Equals(object? obj) =>
        obj is CypherPath p
        && p.Nodes.Count == Nodes.Count
        && p.Nodes.SequenceEqual(Nodes)
        && p.Relationships.SequenceEqual(Relationships);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var r in Relationships)
        {
            hash.Add(r.Id);
        }
        hash.Add(Nodes[0].Id);
        return hash.ToHashCode();
    }
}
