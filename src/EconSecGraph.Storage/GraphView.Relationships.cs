using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using EconSecGraph.Storage.Internal;

namespace EconSecGraph.Storage;

public abstract partial class GraphView
{
    /// <summary>One past the highest relationship id ever allocated.</summary>
    public long RelationshipIdUpperBound => S.NextRelId;

    public bool RelationshipExists(long relationshipId) => S.RelExists(relationshipId);

    public bool TryGetRelationship(long relationshipId, out RelationshipInfo relationship)
    {
        if (!S.RelExists(relationshipId))
        {
            relationship = default;
            return false;
        }
        relationship = new RelationshipInfo(
            relationshipId,
            S.RelStart.Get(relationshipId) - 1,
            S.RelEnd.Get(relationshipId),
            S.RelType.Get(relationshipId)
        );
        return true;
    }

    /// <summary>The relationship; throws <see cref="EntityNotFoundException"/> when it does not exist.</summary>
    public RelationshipInfo GetRelationship(long relationshipId) =>
        TryGetRelationship(relationshipId, out var r)
            ? r
            : throw new EntityNotFoundException(
                $"Unable to load RELATIONSHIP with id {relationshipId.ToString(System.Globalization.CultureInfo.InvariantCulture)}."
            );

    public CypherValue GetRelationshipProperty(long relationshipId, int keyId) =>
        keyId < 0 || !S.RelExists(relationshipId)
            ? CypherValue.Null
            : PropertyRecord.Get(S.PropertyBody(S.RelProps.Get(relationshipId)), keyId) ?? CypherValue.Null;

    public bool TryGetRelationshipString(long relationshipId, int keyId, out ReadOnlySpan<char> value) =>
        TryGetString(S.RelExists(relationshipId) ? S.RelProps.Get(relationshipId) : 0, keyId, out value);

    public IReadOnlyList<KeyValuePair<int, CypherValue>> GetRelationshipProperties(long relationshipId)
    {
        var list = new List<KeyValuePair<int, CypherValue>>();
        if (S.RelExists(relationshipId))
        {
            PropertyRecord.ReadAll(S.PropertyBody(S.RelProps.Get(relationshipId)), list);
        }
        return list;
    }

    /// <summary>The node's relationships in a direction, all types.</summary>
    public RelationshipCursor GetRelationships(long nodeId, Direction direction)
    {
        PrepareAdjacency(nodeId);
        return new RelationshipCursor(S, Tx, nodeId, direction, -1, null);
    }

    /// <summary>The node's relationships of one type (none for a negative type id).</summary>
    public RelationshipCursor GetRelationships(long nodeId, Direction direction, int typeId)
    {
        if (typeId < 0)
        {
            return default;
        }
        PrepareAdjacency(nodeId);
        return new RelationshipCursor(S, Tx, nodeId, direction, typeId, null);
    }

    /// <summary>The node's relationships of any of the types (negative ids are ignored). Do not change the array while iterating.</summary>
    public RelationshipCursor GetRelationships(long nodeId, Direction direction, int[] typeIds)
    {
        ArgumentNullException.ThrowIfNull(typeIds);
        PrepareAdjacency(nodeId);
        return new RelationshipCursor(S, Tx, nodeId, direction, -1, typeIds);
    }

    /// <summary>
    /// The fast path: the node's committed relationships in one direction (<see cref="Direction.Outgoing"/>
    /// or <see cref="Direction.Incoming"/>) as one contiguous span, sorted by type then id. Returns false
    /// inside a write transaction that changed this node's relationships; use <see cref="GetRelationships(long, Direction)"/> then.
    /// </summary>
    public bool TryGetAdjacency(long nodeId, Direction direction, out ReadOnlySpan<RelationshipEntry> entries)
    {
        if (direction == Direction.Both)
        {
            throw new ArgumentException("Ask for Outgoing and Incoming separately.", nameof(direction));
        }
        entries = default;
        if (Tx is { } tx && tx.DirtyNodes.Get(nodeId))
        {
            return false;
        }
        if (S.NodeExists(nodeId))
        {
            entries = S.Block(nodeId, direction == Direction.Outgoing);
        }
        return true;
    }

    /// <summary>As <see cref="TryGetAdjacency(long, Direction, out ReadOnlySpan{RelationshipEntry})"/>, only the entries of one type.</summary>
    public bool TryGetAdjacency(
        long nodeId,
        Direction direction,
        int typeId,
        out ReadOnlySpan<RelationshipEntry> entries
    )
    {
        if (!TryGetAdjacency(nodeId, direction, out entries))
        {
            return false;
        }
        if (typeId < 0)
        {
            entries = default;
            return true;
        }
        var (start, end) = StoreState.TypeRange(entries, typeId);
        entries = entries[start..end];
        return true;
    }

    /// <summary>The number of relationships (a self-loop counts once for <see cref="Direction.Both"/>).</summary>
    public int GetDegree(long nodeId, Direction direction, int typeId = -1)
    {
        if (direction != Direction.Both && TryGetAdjacency(nodeId, direction, out var span))
        {
            return typeId < 0 ? span.Length : Range(span, typeId);
        }
        var count = 0;
        var cursor = typeId < 0 ? GetRelationships(nodeId, direction) : GetRelationships(nodeId, direction, typeId);
        while (cursor.MoveNext())
        {
            count++;
        }
        return count;

        static int Range(ReadOnlySpan<RelationshipEntry> span, int type)
        {
            var (s, e) = StoreState.TypeRange(span, type);
            return e - s;
        }
    }

    /// <summary>All relationships in id order.</summary>
    public RelationshipScan AllRelationships() => new(S, -1, false);

    /// <summary>All relationships of one type in id order (none for a negative id).</summary>
    public RelationshipScan RelationshipsOfType(int typeId) => new(S, typeId, typeId < 0);

    private void PrepareAdjacency(long nodeId)
    {
        if (Tx is { LinksBuilt: false } tx && tx.DirtyNodes.Get(nodeId))
        {
            BuildLinks(tx);
        }
    }

    private protected void BuildLinks(TxOverlay tx)
    {
        var s = S;
        for (var rel = tx.BaseRelId; rel < s.NextRelId; rel++)
        {
            var start = s.RelStart.Get(rel);
            if (start != 0)
            {
                tx.Link(rel, start - 1, s.RelEnd.Get(rel));
            }
        }
        tx.LinksBuilt = true;
    }
}
