namespace EconSecGraph.Storage.Indexing;

/// <summary>
/// Walks the committed entries of a <see cref="PropertyIndex"/> in (key, id) order: its base run
/// without the removed positions, merged with the delta's added entries.
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
    private bool _inBase;

    /// <summary>Positions the cursor at the first entry with key ≥ <paramref name="key"/> (&gt; when <paramref name="after"/>).</summary>
    public IndexCursor(PropertyIndex index, ReadOnlySpan<char> key, bool after)
    {
        _base = index.Base;
        var delta = index.Delta;
        _added = delta.Added.Chunks;
        _removed = delta.Removed.Chunks;
        _b = _base.LowerBound(key, after);
        if (_added.Length > 0)
        {
            (_ac, _ai) = delta.SeekAdded(key, long.MinValue, after);
        }
        if (_removed.Length > 0)
        {
            (_rc, _ri) = delta.SeekRemoved(_b);
        }
        Settle();
    }

    public bool Valid { get; private set; }

    public readonly ReadOnlySpan<char> Key => _inBase ? _base.Key(_b) : _added[_ac][_ai].Key;

    public readonly long Id => _inBase ? _base.Id(_b) : _added[_ac][_ai].Id;

    /// <summary>The current entry's key as a string (free for delta entries, a copy for base ones).</summary>
    public readonly string KeyString => _inBase ? _base.Key(_b).ToString() : _added[_ac][_ai].Key;

    public void Next()
    {
        if (_inBase)
        {
            _b++;
        }
        else if (++_ai == _added[_ac].Length)
        {
            _ac++;
            _ai = 0;
        }
        Settle();
    }

    private void Settle()
    {
        // skip removed base positions
        while (_b < _base.Count && _rc < _removed.Length)
        {
            var r = _removed[_rc][_ri];
            if (r > _b)
            {
                break;
            }
            if (r == _b)
            {
                _b++;
            }
            if (++_ri == _removed[_rc].Length)
            {
                _rc++;
                _ri = 0;
            }
        }
        var hasBase = _b < _base.Count;
        var hasAdded = _ac < _added.Length;
        Valid = hasBase || hasAdded;
        if (!hasAdded)
        {
            _inBase = true;
        }
        else if (!hasBase)
        {
            _inBase = false;
        }
        else
        {
            var e = _added[_ac][_ai];
            var c = _base.Key(_b).SequenceCompareTo(e.Key);
            _inBase = c < 0 || (c == 0 && _base.Id(_b) < e.Id);
        }
    }
}
