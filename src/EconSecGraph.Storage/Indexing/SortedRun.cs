namespace EconSecGraph.Storage.Indexing;

/// <summary>
/// An immutable run of index entries sorted by (key, entity id). Keys live in one char arena, so a
/// million entries are three arrays, and substring searches scan the arena with vectorised search.
/// </summary>
internal sealed class SortedRun
{
    public static readonly SortedRun Empty = new([], [0], []);

    private readonly char[] _arena;
    private readonly int[] _offsets;
    private readonly long[] _ids;

    public SortedRun(char[] arena, int[] offsets, long[] ids)
    {
        _arena = arena;
        _offsets = offsets;
        _ids = ids;
    }

    public int Count => _ids.Length;

    public ReadOnlySpan<char> Key(int i) => _arena.AsSpan(_offsets[i], _offsets[i + 1] - _offsets[i]);

    public long Id(int i) => _ids[i];

    public ReadOnlySpan<char> Arena => _arena;

    /// <summary>The entry index whose key starts at or contains arena position <paramref name="position"/>.</summary>
    public int EntryAt(int position) => EntryAt(position, 0);

    /// <summary>
    /// <see cref="EntryAt(int)"/> for a forward scan: the answer is at or after entry <paramref name="from"/>
    /// (whose key starts at or before <paramref name="position"/>), and usually close to it, so gallop from
    /// there before bisecting; a substring scan's hits then cost a few comparisons each, not a full search.
    /// </summary>
    public int EntryAt(int position, int from)
    {
        var n = _ids.Length;
        var lo = from;
        var step = 1;
        var hi = lo + step;
        while (hi < n && _offsets[hi] <= position)
        {
            lo = hi;
            step <<= 1;
            hi = lo + step;
        }
        if (hi > n)
        {
            hi = n;
        }
        // _offsets[lo] <= position, and hi == n or _offsets[hi] > position.
        while (hi - lo > 1)
        {
            var mid = (lo + hi) >>> 1;
            if (_offsets[mid] <= position)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    public int KeyStart(int i) => _offsets[i];

    /// <summary>The first entry with key ≥ <paramref name="key"/> (or &gt; when <paramref name="after"/>).</summary>
    public int LowerBound(ReadOnlySpan<char> key, bool after = false)
    {
        int lo = 0,
            hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = Key(mid).SequenceCompareTo(key);
            if (c < 0 || (after && c == 0))
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

    /// <summary>Builds a run from entries (sorted here).</summary>
    public static SortedRun Build(List<(string Key, long Id)> entries)
    {
        entries.Sort(
            static (a, b) =>
            {
                var c = string.CompareOrdinal(a.Key, b.Key);
                return c != 0 ? c : a.Id.CompareTo(b.Id);
            }
        );
        return FromSorted(entries);
    }

    public static SortedRun FromSorted(IReadOnlyList<(string Key, long Id)> entries)
    {
        var total = 0;
        foreach (var e in entries)
        {
            total += e.Key.Length;
        }
        var arena = new char[total];
        var offsets = new int[entries.Count + 1];
        var ids = new long[entries.Count];
        var pos = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            offsets[i] = pos;
            entries[i].Key.CopyTo(arena.AsSpan(pos));
            pos += entries[i].Key.Length;
            ids[i] = entries[i].Id;
        }
        offsets[entries.Count] = pos;
        return new SortedRun(arena, offsets, ids);
    }

    /// <summary>
    /// This run without the committed entries in <paramref name="removed"/> (id → key) and with
    /// <paramref name="added"/> merged in. The unchanged stretches between the edits are copied in bulk
    /// (keys, ids, shifted offsets), so a commit touching a few entries costs a few block copies.
    /// </summary>
    public SortedRun Merge(Dictionary<long, string> removed, List<(string Key, long Id)> added)
    {
        added.Sort(
            static (a, b) =>
            {
                var c = string.CompareOrdinal(a.Key, b.Key);
                return c != 0 ? c : a.Id.CompareTo(b.Id);
            }
        );
        var gone = new List<int>(removed.Count);
        var removedChars = 0;
        foreach (var (id, key) in removed)
        {
            for (var i = LowerBound(key); i < Count && Key(i).SequenceEqual(key); i++)
            {
                if (_ids[i] == id)
                {
                    gone.Add(i);
                    removedChars += key.Length;
                    break;
                }
            }
        }
        gone.Sort();
        var insertAt = new int[added.Count];
        var addedChars = 0;
        for (var j = 0; j < added.Count; j++)
        {
            var (key, id) = added[j];
            var i = LowerBound(key);
            while (i < Count && _ids[i] <= id && Key(i).SequenceEqual(key))
            {
                i++;
            }
            insertAt[j] = i;
            addedChars += key.Length;
        }
        var count = Count - gone.Count + added.Count;
        var arena = new char[_arena.Length - removedChars + addedChars];
        var offsets = new int[count + 1];
        var ids = new long[count];
        int at = 0, // next base entry
            a = 0, // next added entry
            g = 0, // next removed position
            o = 0, // next output entry
            pos = 0; // next output arena position
        while (at < Count || a < added.Count)
        {
            var stop = Math.Min(a < added.Count ? insertAt[a] : Count, g < gone.Count ? gone[g] : Count);
            if (stop > at)
            {
                // copy base entries [at, stop) in bulk
                var from = _offsets[at];
                var length = _offsets[stop] - from;
                Array.Copy(_arena, from, arena, pos, length);
                Array.Copy(_ids, at, ids, o, stop - at);
                var shift = pos - from;
                for (var k = at; k < stop; k++)
                {
                    offsets[o++] = _offsets[k] + shift;
                }
                pos += length;
                at = stop;
            }
            if (a < added.Count && insertAt[a] == at)
            {
                offsets[o] = pos;
                ids[o++] = added[a].Id;
                added[a].Key.CopyTo(arena.AsSpan(pos));
                pos += added[a].Key.Length;
                a++;
            }
            else if (g < gone.Count && gone[g] == at)
            {
                at++;
                g++;
            }
        }
        offsets[o] = pos;
        return new SortedRun(arena, offsets, ids);
    }
}
