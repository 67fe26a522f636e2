using EconSecGraph.Storage;

namespace EconSecGraph.Cypher.Store;

/// <summary>
/// The relationships of one node, as <see cref="IGraphView.Relationships"/> lists them, without an
/// enumerator object or an interface call per relationship: what the breadth-first searches walk.
/// A mutable struct: keep it in a local and call <see cref="MoveNext"/>; do not copy it while iterating.
/// </summary>
internal struct AdjacencyCursor
{
    private RelationshipCursor _cursor;
    private readonly long _node;

    internal AdjacencyCursor(RelationshipCursor cursor, long node)
    {
        _cursor = cursor;
        _node = node;
    }

    public bool MoveNext() => _cursor.MoveNext();

    /// <summary>The node at the other end of the current relationship (the node itself for a self-loop).</summary>
    public readonly long OtherNodeId => _cursor.Current.OtherNodeId;

    /// <summary>The current relationship.</summary>
    public readonly RelationshipRef Current
    {
        get
        {
            var e = _cursor.Current;
            return _cursor.CurrentIsOutgoing
                ? new RelationshipRef(e.RelationshipId, _node, e.OtherNodeId, e.TypeId)
                : new RelationshipRef(e.RelationshipId, e.OtherNodeId, _node, e.TypeId);
        }
    }
}
