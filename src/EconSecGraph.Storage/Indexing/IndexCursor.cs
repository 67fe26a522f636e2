namespace EconSecGraph.Storage.Indexing;

/// <summary>
/// Walks the committed entries of a <see cref="PropertyIndex"/> in (key, id) order: its base run
/// without the removed positions, merged with the delta's added entries. Between two delta events (a
/// removed position, the place of the next added entry) the cursor walks the base like a plain array:
/// <see cref="BaseRunEnd"/> tells callers how far they may read the base directly.
/// </summary>
internal struct IndexCursor
{
    private readonly SortedRun _base;
    private readonly (string Key, long Id)[][] _added;
    private readonly int[][] _removed;
    private int _b; // base position
    private int _ac; // added chunk
    private int _ai; // index in the added chunk
    private int _rc; // removed chunk
    private int _ri; // index in the removed chunk
    private int _addedAt; // base position before which the current added entry sorts (or a bound, see _addedExact)
    private bool _addedExact; // false: the added entry sorts at or after _addedAt, not yet located exactly
    private int _window; // how far ahead LocateAdded looks: small first (seeks), doubling for scans
    private int _nextRemoved; // the next removed base position ≥ _b, or int.MaxValue

    /// <summary>Positions the cursor at the first entry with key ≥ <paramref name="key"/> (&gt; when <paramref name="after"/>).</summary>
    public IndexCursor(PropertyIndex index, ReadOnlySpan<char> key, bool after)
    {
        _base = index.Base;
        var delta = index.Delta;
        _added = delta.Added.Chunks;
        _removed = delta.Removed.Chunks;
        _b = _base.LowerBound(key, after);
        _addedAt = int.MaxValue;
        _nextRemoved = int.MaxValue;
        if (_removed.Length > 0)
        {
            (_rc, _ri) = delta.SeekRemoved(_b);
            _nextRemoved = _rc < _removed.Length ? _removed[_rc][_ri] : int.MaxValue;
        }
        if (_added.Length > 0)
        {
            _window = 2;
            (_ac, _ai) = delta.SeekAdded(key, long.MinValue, after);
            LocateAdded();
        }
        Settle();
    }

    public bool Valid { get; private set; }

    /// <summary>True when the current entry is base entry <see cref="BasePosition"/>.</summary>
    public bool InBase { get; private set; }

    /// <summary>The current base position (meaningful when <see cref="InBase"/>).</summary>
    public readonly int BasePosition => _b;

    /// <summary>
    /// When <see cref="InBase"/>: base entries [<see cref="BasePosition"/>, BaseRunEnd) are the next
    /// committed entries, in order; read them straight from the base, then call <see cref="SkipBaseTo"/>.
    /// </summary>
    public int BaseRunEnd { get; private set; }

    public readonly ReadOnlySpan<char> Key => InBase ? _base.Key(_b) : _added[_ac][_ai].Key;

    public readonly long Id => InBase ? _base.Id(_b) : _added[_ac][_ai].Id;

    /// <summary>The current entry's key as a string (free for delta entries, a copy for base ones).</summary>
    public readonly string KeyString => InBase ? _base.Key(_b).ToString() : _added[_ac][_ai].Key;

    public void Next()
    {
        if (InBase)
        {
            if (++_b < BaseRunEnd)
            {
                return;
            }
        }
        else
        {
            if (++_ai == _added[_ac].Length)
            {
                _ac++;
                _ai = 0;
            }
            LocateAdded();
        }
        Settle();
    }

    /// <summary>Moves past base entries up to <paramref name="end"/> (at most <see cref="BaseRunEnd"/>).</summary>
    public void SkipBaseTo(int end)
    {
        _b = end;
        Settle();
    }

    /// <summary>
    /// Finds where the current added entry falls in the base, looking at most a window of entries ahead
    /// (galloping): an equality seek then pays a comparison or two, not a search of the base; a long scan
    /// looks again at the end of each window, which doubles up to <see cref="MaxWindow"/>.
    /// </summary>
    private void LocateAdded()
    {
        if (_ac == _added.Length)
        {
            _addedAt = int.MaxValue;
            _addedExact = true;
            return;
        }
        var (key, id) = _added[_ac][_ai];
        var limit = (int)Math.Min(_base.Count, (long)_b + _window);
        _addedAt = _base.LowerBound(key, id, _b, limit);
        _addedExact = _addedAt < limit || limit == _base.Count;
        _window = _addedExact ? 2 : Math.Min(MaxWindow, _window * 2);
    }

    private const int MaxWindow = 1024;

    private void Settle()
    {
        // skip removed base positions
        while (_b == _nextRemoved)
        {
            _b++;
            if (++_ri == _removed[_rc].Length)
            {
                _rc++;
                _ri = 0;
            }
            _nextRemoved = _rc < _removed.Length ? _removed[_rc][_ri] : int.MaxValue;
        }
        if (!_addedExact && _b >= _addedAt)
        {
            LocateAdded();
        }
        var count = _base.Count;
        InBase = _b < count && _b < _addedAt;
        Valid = InBase || _ac < _added.Length;
        BaseRunEnd = Math.Min(count, Math.Min(_addedAt, _nextRemoved));
    }
}
