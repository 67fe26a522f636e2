namespace EconSecGraph.Storage.Indexing;

/// <summary>
/// The committed changes to a property index since its base run was built: entries added (sorted by
/// key, then id; none of them is in the base) and base entries removed (their positions in the base,
/// sorted). Immutable and shared between versions chunk by chunk, so a commit costs O(its changes +
/// delta / chunk size), not O(index).
/// </summary>
internal sealed class IndexDelta
{
    public static readonly IndexDelta Empty = new(
        ChunkedSortedList<(string Key, long Id)>.Empty,
        ChunkedSortedList<int>.Empty
    );

    public static readonly Comparison<(string Key, long Id)> EntryOrder = static (a, b) =>
    {
        var c = string.CompareOrdinal(a.Key, b.Key);
        return c != 0 ? c : a.Id.CompareTo(b.Id);
    };

    public static readonly IComparer<(string Key, long Id)> EntryComparer = Comparer<(string Key, long Id)>.Create(
        EntryOrder
    );

    public static readonly Comparison<int> PositionOrder = static (a, b) => a.CompareTo(b);

    public IndexDelta(ChunkedSortedList<(string Key, long Id)> added, ChunkedSortedList<int> removed)
    {
        Added = added;
        Removed = removed;
    }

    public ChunkedSortedList<(string Key, long Id)> Added { get; }

    public ChunkedSortedList<int> Removed { get; }

    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0;

    /// <summary>Entries in the delta (added plus removed), what decides when it is folded into the base.</summary>
    public int Size => Added.Count + Removed.Count;

    /// <summary>(chunk, index) of the first added entry ≥ (key, id) — or &gt; key for any id when <paramref name="after"/>.</summary>
    public (int Chunk, int Index) SeekAdded(ReadOnlySpan<char> key, long id, bool after)
    {
        var chunks = Added.Chunks;
        // first chunk whose last entry is not below the target
        int lo = 0,
            hi = chunks.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var last = chunks[mid][^1];
            if (Below(last, key, id, after))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        if (lo == chunks.Length)
        {
            return (lo, 0);
        }
        var chunk = chunks[lo];
        int a = 0,
            b = chunk.Length;
        while (a < b)
        {
            var mid = (a + b) >>> 1;
            if (Below(chunk[mid], key, id, after))
            {
                a = mid + 1;
            }
            else
            {
                b = mid;
            }
        }
        return (lo, a);
    }

    /// <summary>Whether the delta adds exactly (key, id).</summary>
    public bool HasAdded(string key, long id)
    {
        var (c, i) = SeekAdded(key, id, after: false);
        if (c == Added.Chunks.Length)
        {
            return false;
        }
        var e = Added.Chunks[c][i];
        return e.Id == id && string.Equals(e.Key, key, StringComparison.Ordinal);
    }

    /// <summary>(chunk, index) of the first removed base position ≥ <paramref name="position"/>.</summary>
    public (int Chunk, int Index) SeekRemoved(int position)
    {
        var chunks = Removed.Chunks;
        int lo = 0,
            hi = chunks.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (chunks[mid][^1] < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        if (lo == chunks.Length)
        {
            return (lo, 0);
        }
        var index = Array.BinarySearch(chunks[lo], position);
        return (lo, index < 0 ? ~index : index);
    }

    public bool IsRemoved(int position)
    {
        if (Removed.Count == 0)
        {
            return false;
        }
        var (c, i) = SeekRemoved(position);
        return c < Removed.Chunks.Length && Removed.Chunks[c][i] == position;
    }

    private static bool Below((string Key, long Id) entry, ReadOnlySpan<char> key, long id, bool after)
    {
        var c = entry.Key.AsSpan().CompareTo(key, StringComparison.Ordinal);
        return c < 0 || (c == 0 && (after || entry.Id < id));
    }
}
