using EconSecGraph.Storage.Indexing;

namespace EconSecGraph.Storage.Internal;

/// <summary>
/// What a write transaction knows beyond its copy-on-write state: adjacency changes not yet merged
/// into the per-node blocks (they are merged once, at commit) and pending index changes.
/// </summary>
internal sealed class TxOverlay(long baseRelId)
{
    /// <summary>Relationships with ids at or above this were created in the transaction.</summary>
    public readonly long BaseRelId = baseRelId;

    /// <summary>Nodes whose adjacency differs from their committed block.</summary>
    public ChunkedBitmap DirtyNodes = new();

    public bool HasRelDeletes;

    /// <summary>Linked lists of pending relationships per node, built on the first read that needs them.</summary>
    public bool LinksBuilt;
    public ChunkedColumn<int> HeadOut = new();
    public ChunkedColumn<int> HeadIn = new();
    public ChunkedColumn<int> NextOut = new();
    public ChunkedColumn<int> NextIn = new();

    /// <summary>Pending index changes by index id.</summary>
    public readonly Dictionary<long, TxIndexChanges> IndexChanges = [];

    /// <summary>Entities whose full-text documents must be rebuilt at commit, by index id.</summary>
    public readonly Dictionary<long, HashSet<long>> FullTextDirty = [];

    public void Link(long rel, int start, int end)
    {
        var local = rel - BaseRelId;
        NextOut.Set(local, HeadOut.Get(start));
        HeadOut.Set(start, (int)rel + 1);
        NextIn.Set(local, HeadIn.Get(end));
        HeadIn.Set(end, (int)rel + 1);
    }

    public TxIndexChanges ChangesFor(long indexId)
    {
        if (!IndexChanges.TryGetValue(indexId, out var changes))
        {
            changes = new TxIndexChanges();
            IndexChanges[indexId] = changes;
        }
        return changes;
    }
}
