using EconSecGraph.Storage.Indexing;

namespace EconSecGraph.Storage.Internal;

/// <summary>
/// Everything a snapshot sees. A published state is never modified. A write transaction works on a
/// shallow copy (<see cref="CloneForWrite"/>) whose columns copy chunks on first write, and the copy
/// becomes the next published state at commit.
/// </summary>
internal sealed class StoreState
{
    public long TxId;
    public long NextNodeId;
    public long NextRelId;
    public long NodeCount;
    public long RelCount;

    /// <summary>Label-set id + 1; 0 means "no node with this id".</summary>
    public ChunkedColumn<int> NodeLabels = new();
    public ChunkedColumn<int> OutAddr = new();
    public ChunkedColumn<int> OutCount = new();
    public ChunkedColumn<int> InAddr = new();
    public ChunkedColumn<int> InCount = new();
    public ChunkedColumn<long> NodeProps = new();

    /// <summary>Start node id + 1; 0 means "no relationship with this id".</summary>
    public ChunkedColumn<int> RelStart = new();
    public ChunkedColumn<int> RelEnd = new();
    public ChunkedColumn<ushort> RelType = new();
    public ChunkedColumn<long> RelProps = new();

    public AdjacencyPool Adjacency = new();
    public BytePool Properties = new();
    public ChunkedBitmap[] LabelIndex = [];

    public TokenTable Labels = TokenTable.Empty;
    public TokenTable Types = TokenTable.Empty;
    public TokenTable Keys = TokenTable.Empty;
    public CountStore Counts = new();
    public SchemaState Schema = SchemaState.Empty;

    public required LabelSetTable LabelSets;

    public StoreState CloneForWrite() => (StoreState)MemberwiseClone();

    public void Freeze()
    {
        NodeLabels.Freeze();
        OutAddr.Freeze();
        OutCount.Freeze();
        InAddr.Freeze();
        InCount.Freeze();
        NodeProps.Freeze();
        RelStart.Freeze();
        RelEnd.Freeze();
        RelType.Freeze();
        RelProps.Freeze();
        for (var i = 0; i < LabelIndex.Length; i++)
        {
            LabelIndex[i].Freeze();
        }
    }

    public bool NodeExists(long id) => (ulong)id < (ulong)NextNodeId && NodeLabels.Get(id) != 0;

    public bool RelExists(long id) => (ulong)id < (ulong)NextRelId && RelStart.Get(id) != 0;

    public int[] NodeLabelSet(long id)
    {
        var set = NodeLabels.Get(id);
        return set == 0 ? [] : LabelSets.Get(set - 1);
    }

    /// <summary>The committed adjacency block of a node in one direction, sorted by type then relationship id.</summary>
    public ReadOnlySpan<RelationshipEntry> Block(long node, bool outgoing) =>
        outgoing
            ? Adjacency.Block(OutAddr.Get(node), OutCount.Get(node))
            : Adjacency.Block(InAddr.Get(node), InCount.Get(node));

    /// <summary>The sub-range of a type-sorted block with type <paramref name="type"/>.</summary>
    public static (int Start, int End) TypeRange(ReadOnlySpan<RelationshipEntry> block, int type)
    {
        if (block.Length <= 8)
        {
            var s = 0;
            while (s < block.Length && block[s].TypeId < type)
            {
                s++;
            }
            var e = s;
            while (e < block.Length && block[e].TypeId == type)
            {
                e++;
            }
            return (s, e);
        }
        return (LowerBound(block, type), LowerBound(block, type + 1));
    }

    private static int LowerBound(ReadOnlySpan<RelationshipEntry> block, int type)
    {
        int lo = 0,
            hi = block.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (block[mid].TypeId < type)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    public ref ChunkedBitmap LabelBitmap(int label)
    {
        if (label >= LabelIndex.Length)
        {
            var grown = new ChunkedBitmap[Math.Max(label + 1, LabelIndex.Length * 2)];
            Array.Copy(LabelIndex, grown, LabelIndex.Length);
            for (var i = LabelIndex.Length; i < grown.Length; i++)
            {
                grown[i] = new ChunkedBitmap();
            }
            LabelIndex = grown;
        }
        return ref LabelIndex[label];
    }

    public ReadOnlySpan<byte> PropertyBody(long address) =>
        address == 0 ? default : PropertyRecord.Body(Properties, address);
}
