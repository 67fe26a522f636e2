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
    public int EntryAt(int position)
    {
        var i = Array.BinarySearch(_offsets, position);
        return i >= 0 ? i : ~i - 1;
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

    /// <summary>This run without the committed entries in <paramref name="removed"/> (id → key) and with <paramref name="added"/> (sorted) merged in.</summary>
    public SortedRun Merge(Dictionary<long, string> removed, List<(string Key, long Id)> added)
    {
        added.Sort(
            static (a, b) =>
            {
                var c = string.CompareOrdinal(a.Key, b.Key);
                return c != 0 ? c : a.Id.CompareTo(b.Id);
            }
        );
        var total = _arena.Length;
        foreach (var a in added)
        {
            total += a.Key.Length;
        }
        var outArena = new char[total];
        var outOffsets = new List<int>(Count + added.Count + 1);
        var outIds = new List<long>(Count + added.Count);
        var pos = 0;
        int i = 0,
            j = 0;
        while (i < Count || j < added.Count)
        {
            bool takeBase;
            if (i >= Count)
            {
                takeBase = false;
            }
            else if (j >= added.Count)
            {
                takeBase = true;
            }
            else
            {
                var c = Key(i).SequenceCompareTo(added[j].Key);
                takeBase = c < 0 || (c == 0 && _ids[i] <= added[j].Id);
            }
            if (takeBase)
            {
                var key = Key(i);
                if (!(removed.TryGetValue(_ids[i], out var gone) && key.SequenceEqual(gone)))
                {
                    outOffsets.Add(pos);
                    key.CopyTo(outArena.AsSpan(pos));
                    pos += key.Length;
                    outIds.Add(_ids[i]);
                }
                i++;
            }
            else
            {
                outOffsets.Add(pos);
                added[j].Key.CopyTo(outArena.AsSpan(pos));
                pos += added[j].Key.Length;
                outIds.Add(added[j].Id);
                j++;
            }
        }
        outOffsets.Add(pos);
        return new SortedRun(outArena[..pos], [.. outOffsets], [.. outIds]);
    }
}
