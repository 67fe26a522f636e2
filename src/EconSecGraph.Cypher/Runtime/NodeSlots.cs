namespace EconSecGraph.Cypher.Runtime;

/// <summary>
/// A map from node id to an int, reusable across searches: arrays indexed by id with a per-use stamp,
/// so starting over costs nothing however many nodes the last search visited (a cleared dictionary
/// pays for its whole capacity every time, which on a 10,000-node graph was most of a shortest path's
/// time). Ids beyond <see cref="MaxIndexed"/> go to a dictionary.
/// </summary>
internal sealed class NodeSlots
{
    private const long MaxIndexed = 1L << 26;

    private int[] _stamps = new int[1024];
    private int[] _values = new int[1024];
    private int _stamp = 1;
    private Dictionary<long, int>? _overflow;

    /// <summary>How many ids were set since the last <see cref="Reset"/>.</summary>
    public int Count { get; private set; }

    /// <summary>Forgets every id (O(1) but once in 2³¹ uses).</summary>
    public void Reset()
    {
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_stamps);
            _stamp = 1;
        }
        _overflow?.Clear();
        Count = 0;
    }

    public bool Contains(long id) =>
        (ulong)id < MaxIndexed
            ? id < _stamps.Length && _stamps[id] == _stamp
            : _overflow is not null && _overflow.ContainsKey(id);

    public bool TryGet(long id, out int value)
    {
        if ((ulong)id >= MaxIndexed)
        {
            value = 0;
            return _overflow is not null && _overflow.TryGetValue(id, out value);
        }
        if (id < _stamps.Length && _stamps[id] == _stamp)
        {
            value = _values[id];
            return true;
        }
        value = 0;
        return false;
    }

    /// <summary>The value of an id that is in the map.</summary>
    public int this[long id] => (ulong)id < MaxIndexed ? _values[id] : _overflow![id];

    /// <summary>Sets the value of <paramref name="id"/>, adding it when new.</summary>
    public void Set(long id, int value)
    {
        if ((ulong)id >= MaxIndexed)
        {
            _overflow ??= [];
            if (_overflow.TryAdd(id, value))
            {
                Count++;
            }
            else
            {
                _overflow[id] = value;
            }
            return;
        }
        if (id >= _stamps.Length)
        {
            var size = (int)Math.Min(MaxIndexed, Math.Max(id + 1, (long)_stamps.Length * 2));
            Array.Resize(ref _stamps, size);
            Array.Resize(ref _values, size);
        }
        if (_stamps[id] != _stamp)
        {
            _stamps[id] = _stamp;
            Count++;
        }
        _values[id] = value;
    }
}
