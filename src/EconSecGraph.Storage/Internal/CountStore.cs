namespace EconSecGraph.Storage.Internal;

/// <summary>
/// Planner statistics: nodes per label, relationships per type, and relationships per
/// (label, type, direction) with "any" for either. Immutable once published; copied on first change.
/// </summary>
internal sealed class CountStore
{
    public const int Any = -1;

    private readonly LongMap<long> _nodes;
    private readonly LongMap<long> _rels;

    public CountStore()
    {
        _nodes = new LongMap<long>();
        _rels = new LongMap<long>();
    }

    private CountStore(CountStore other)
    {
        _nodes = new LongMap<long>(other._nodes);
        _rels = new LongMap<long>(other._rels);
    }

    public CountStore CloneForWrite() => new(this);

    public long Nodes(int label) => _nodes.TryGetValue(label, out var n) ? n : 0;

    /// <summary>Relationships of <paramref name="type"/> (or any) whose start has <paramref name="startLabel"/> or whose end has <paramref name="endLabel"/> (at most one label).</summary>
    public long Relationships(int startLabel, int type, int endLabel)
    {
        if (startLabel != Any && endLabel != Any)
        {
            throw new ArgumentException("At most one of the start and end labels can be given.", nameof(endLabel));
        }
        var key = startLabel != Any ? RelKey(startLabel, type, 0) : RelKey(endLabel, type, endLabel == Any ? 0 : 1);
        return _rels.TryGetValue(key, out var n) ? n : 0;
    }

    public void AddNodes(int label, long delta) => Add(_nodes, label, delta);

    /// <summary>Counts one relationship (or removes it with a negative delta).</summary>
    public void AddRelationship(ReadOnlySpan<int> startLabels, int type, ReadOnlySpan<int> endLabels, long delta)
    {
        Add(_rels, RelKey(Any, Any, 0), delta);
        Add(_rels, RelKey(Any, type, 0), delta);
        foreach (var l in startLabels)
        {
            Add(_rels, RelKey(l, Any, 0), delta);
            Add(_rels, RelKey(l, type, 0), delta);
        }
        foreach (var l in endLabels)
        {
            Add(_rels, RelKey(l, Any, 1), delta);
            Add(_rels, RelKey(l, type, 1), delta);
        }
    }

    /// <summary>Adjusts the per-label relationship counts when a node with a relationship gains or loses a label.</summary>
    public void AddLabelEndpoint(int label, int type, bool outgoing, long delta)
    {
        Add(_rels, RelKey(label, Any, outgoing ? 0 : 1), delta);
        Add(_rels, RelKey(label, type, outgoing ? 0 : 1), delta);
    }

    private static long RelKey(int label, int type, int direction) =>
        ((long)(label + 1) << 33) | ((long)(type + 1) << 1) | (uint)direction;

    private static void Add(LongMap<long> map, long key, long delta) =>
        map.GetValueRefOrAddDefault(key, out _) += delta;
}
