using EconSecGraph.Storage.Indexing;
using EconSecGraph.Storage.Internal;

namespace EconSecGraph.Storage.Import;

/// <summary>
/// The entries of one property index gathered by a bulk import: each key's chars appended to a chunked
/// arena (no string object per key, no large array copied as it grows) with its entity id beside it.
/// Entries must arrive in ascending id order (the importer writes entities in id order), so an entry's
/// position is its id's rank: <see cref="ToRun"/> sorts positions by key and settles equal keys by
/// position. Keys are sorted most-significant-digit first on packed 3-char digits with the runtime's
/// primitive sort, and a run that already arrives in order (an id column 0..n-1) is not sorted at all.
/// </summary>
internal sealed class IndexEntryBuffer
{
    // Chunks start below the large-object threshold and double up to 1M chars, and the per-entry arrays come in
    // blocks of 4096: a small import allocates about what it holds (every large object it drops counts towards
    // a full collection), a large one still grows without copying.
    private const int FirstChunk = 1 << 15;
    private const int LastChunk = 1 << 20;
    private const int BlockBits = 16;
    private const int Grow = 1 << BlockBits;

    private readonly List<char[]> _chunks = [];
    private int _used;
    private readonly List<long[]> _ids = [];
    private readonly List<long[]> _starts = [];
    private readonly List<int[]> _lengths = [];
    private long _totalChars;

    public int Count { get; private set; }

    public void Add(char mark, ReadOnlySpan<char> text, long id)
    {
        var key = Reserve(text.Length + 1, id);
        key[0] = mark;
        text.CopyTo(key[1..]);
    }

    public void Add(ReadOnlySpan<char> key, long id) => key.CopyTo(Reserve(key.Length, id));

    private Span<char> Reserve(int length, long id)
    {
        if (_totalChars + length > int.MaxValue)
        {
            // SortedRun addresses its arena with int offsets
            throw new InvalidOperationException(
                "The keys of one index exceed 2^31 characters; the bulk import cannot build it. Import fewer or shorter values."
            );
        }
        if (_chunks.Count == 0 || _used + length > _chunks[^1].Length)
        {
            var size = _chunks.Count == 0 ? FirstChunk : Math.Min(LastChunk, _chunks[^1].Length * 2);
            _chunks.Add(new char[Math.Max(size, length)]);
            _used = 0;
        }
        var slot = Count & (Grow - 1);
        if (slot == 0)
        {
            _ids.Add(new long[Grow]);
            _starts.Add(new long[Grow]);
            _lengths.Add(new int[Grow]);
        }
        var block = Count >> BlockBits;
        _ids[block][slot] = id;
        _starts[block][slot] = ((long)(_chunks.Count - 1) << 32) | (uint)_used;
        _lengths[block][slot] = length;
        Count++;
        _totalChars += length;
        var span = _chunks[^1].AsSpan(_used, length);
        _used += length;
        return span;
    }

    private ReadOnlySpan<char> Key(int i)
    {
        var start = _starts[i >> BlockBits][i & (Grow - 1)];
        return _chunks[(int)(start >> 32)].AsSpan((int)(uint)start, _lengths[i >> BlockBits][i & (Grow - 1)]);
    }

    private long Id(int i) => _ids[i >> BlockBits][i & (Grow - 1)];

    /// <summary>The entries as a run sorted by (key, id); the buffer is emptied.</summary>
    public SortedRun ToRun()
    {
        var n = Count;
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }
        if (!InOrder())
        {
            var digits = new ulong[n];
            SortRange(order, digits, 0, n, 0);
        }
        var arena = new char[_totalChars];
        var offsets = new int[n + 1];
        var ids = new long[n];
        var pos = 0;
        for (var i = 0; i < n; i++)
        {
            var e = order[i];
            var key = Key(e);
            offsets[i] = pos;
            key.CopyTo(arena.AsSpan(pos));
            pos += key.Length;
            ids[i] = Id(e);
        }
        offsets[n] = pos;
        _chunks.Clear();
        _ids.Clear();
        _starts.Clear();
        _lengths.Clear();
        Count = 0;
        _totalChars = 0;
        _used = 0;
        return new SortedRun(arena, offsets, ids);
    }

    /// <summary>True when every key is at most the next one (equal keys are in id order already).</summary>
    private bool InOrder()
    {
        for (var i = 1; i < Count; i++)
        {
            if (Key(i - 1).CompareTo(Key(i), StringComparison.Ordinal) > 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Sorts <paramref name="order"/>[lo..hi), whose keys agree on their first <paramref name="depth"/>
    /// chars, by the rest of the key: one primitive sort on the next three chars, then each group that
    /// still agrees goes one digit deeper; a group whose keys all ended is equal, settled by position.
    /// </summary>
    private void SortRange(int[] order, ulong[] digits, int lo, int hi, int depth)
    {
        // pending ranges as (lo, hi, depth) triples; an int array, not a Stack of tuples, so that it is
        // precompiled (see PairSort)
        var stack = new int[48];
        var top = 0;
        Push(ref stack, ref top, lo, hi, depth);
        while (top > 0)
        {
            top -= 3;
            (lo, hi, depth) = (stack[top], stack[top + 1], stack[top + 2]);
            for (var i = lo; i < hi; i++)
            {
                digits[i] = Digit(Key(order[i]), depth);
            }
            PairSort.Sort(digits, order, lo, hi - lo);
            var g = lo;
            while (g < hi)
            {
                var end = g + 1;
                while (end < hi && digits[end] == digits[g])
                {
                    end++;
                }
                if (end - g > 1)
                {
                    if ((digits[g] & 0x1_FFFF) == 0)
                    {
                        // the keys ended inside this digit: they are equal, so position (= id) order decides
                        Array.Sort(order, g, end - g);
                    }
                    else
                    {
                        Push(ref stack, ref top, g, end, depth + 3);
                    }
                }
                g = end;
            }
        }
    }

    private static void Push(ref int[] stack, ref int top, int lo, int hi, int depth)
    {
        if (top + 3 > stack.Length)
        {
            stack = Arrays.Doubled(stack, top);
        }
        stack[top] = lo;
        stack[top + 1] = hi;
        stack[top + 2] = depth;
        top += 3;
    }

    /// <summary>Chars depth..depth+2 of <paramref name="key"/> as 17-bit digits (char + 1; 0 past the end), big-endian.</summary>
    private static ulong Digit(ReadOnlySpan<char> key, int depth)
    {
        ulong d = 0;
        for (var k = depth; k < depth + 3; k++)
        {
            d = (d << 17) | (k < key.Length ? (ulong)key[k] + 1 : 0);
        }
        return d;
    }
}
