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
    private Lazy<BigramPostings?>? _bigrams;

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

    public ReadOnlySpan<long> Ids => _ids;

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

    /// <summary>
    /// The run's <see cref="BigramPostings"/>, built by the first caller (others wait) and kept with the
    /// run; null when they do not fit.
    /// </summary>
    public BigramPostings? Bigrams() => BigramsOnce(out _).Value;

    /// <summary>
    /// The run's <see cref="BigramPostings"/> when they are built; else null, and the first call starts
    /// building them on a thread of their own, so that no query waits for a build (a quarter to half a
    /// second at a million names) but later ones find them. A build that fails leaves them unbuilt:
    /// callers scan.
    /// </summary>
    public BigramPostings? BuiltBigrams()
    {
        if (Volatile.Read(ref _bigrams) is { } once)
        {
            return once.IsValueCreated ? once.Value : null;
        }
        if (BigramsOnce(out var installed) is var made && installed)
        {
            // a thread of its own: queued to the pool it waited behind the scans' own parallel work
            new Thread(BuildQuietly) { IsBackground = true, Name = "Bigram postings" }.Start(made);
        }
        return null;
    }

    private static void BuildQuietly(object? state)
    {
        var once = (Lazy<BigramPostings?>)state!;
        try
        {
            _ = once.Value;
        }
        catch (Exception)
        {
            // the Lazy keeps the failure and the counts go on scanning; an exception left on a thread of
            // its own would end the process
        }
    }

    /// <summary>The run's one postings build; <paramref name="installed"/> when this call created it.</summary>
    private Lazy<BigramPostings?> BigramsOnce(out bool installed)
    {
        installed = false;
        if (Volatile.Read(ref _bigrams) is { } once)
        {
            return once;
        }
        var made = new Lazy<BigramPostings?>(() => BigramPostings.Build(this));
        once = Interlocked.CompareExchange(ref _bigrams, made, null);
        installed = once is null;
        return once ?? made;
    }

    /// <summary>The first entry with key ≥ <paramref name="key"/> (or &gt; when <paramref name="after"/>).</summary>
    public int LowerBound(ReadOnlySpan<char> key, bool after = false)
    {
        int lo = 0,
            hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = Key(mid).CompareTo(key, StringComparison.Ordinal);
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

    /// <summary>
    /// The first position in [<paramref name="from"/>, <paramref name="limit"/>) whose entry is not below
    /// (<paramref name="key"/>, <paramref name="id"/>), or <paramref name="limit"/> when all are below;
    /// gallops from <paramref name="from"/>, so a nearby answer is found in a few steps.
    /// </summary>
    public int LowerBound(ReadOnlySpan<char> key, long id, int from, int limit)
    {
        var lo = from;
        var step = 1;
        var hi = lo;
        // grow [lo, hi) until entry hi is not below the target
        while (hi < limit && Below(hi, key, id))
        {
            lo = hi + 1;
            hi = lo + step;
            step <<= 1;
        }
        if (hi > limit)
        {
            hi = limit;
        }
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Below(mid, key, id))
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

    private bool Below(int i, ReadOnlySpan<char> key, long id)
    {
        var c = Key(i).CompareTo(key, StringComparison.Ordinal);
        return c < 0 || (c == 0 && _ids[i] < id);
    }

    /// <summary>The position of the entry (<paramref name="key"/>, <paramref name="id"/>), or -1.</summary>
    public int Find(ReadOnlySpan<char> key, long id)
    {
        int lo = 0,
            hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = Key(mid).CompareTo(key, StringComparison.Ordinal);
            if (c < 0 || (c == 0 && _ids[mid] < id))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo < Count && _ids[lo] == id && Key(lo).SequenceEqual(key) ? lo : -1;
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
}
