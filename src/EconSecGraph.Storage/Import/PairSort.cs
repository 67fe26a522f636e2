namespace EconSecGraph.Storage.Import;

/// <summary>
/// Sorts a range of <see cref="ulong"/> keys and moves the <see cref="int"/> items with them
/// (introsort: median-of-three quicksort, insertion sort for short ranges, heapsort past the depth limit).
/// Not stable.
/// </summary>
/// <remarks>
/// <c>Array.Sort(ulong[], int[])</c> does the same, but its generic sort helper over two value types is
/// not precompiled by ReadyToRun (its IL is outside our version bubble), so every import JIT-compiled it
/// and ran the index sort in unoptimised code.
/// </remarks>
internal static class PairSort
{
    private const int InsertionLimit = 16;

    public static void Sort(ulong[] keys, int[] items, int start, int count)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(items);
        if (
            (uint)start > (uint)keys.Length
            || (uint)count > (uint)(keys.Length - start)
            || items.Length < start + count
        )
        {
            throw new ArgumentOutOfRangeException(nameof(count), "The range is outside the arrays.");
        }
        if (count > 1)
        {
            IntroSort(keys, items, start, start + count - 1, 2 * Log2(count));
        }
    }

    private static void IntroSort(ulong[] keys, int[] items, int lo, int hi, int depthLimit)
    {
        while (hi - lo >= InsertionLimit)
        {
            if (depthLimit-- == 0)
            {
                HeapSort(keys, items, lo, hi);
                return;
            }
            var p = Partition(keys, items, lo, hi);
            // recurse into the smaller side, loop on the larger: the stack stays logarithmic
            if (p - lo < hi - p)
            {
                IntroSort(keys, items, lo, p - 1, depthLimit);
                lo = p + 1;
            }
            else
            {
                IntroSort(keys, items, p + 1, hi, depthLimit);
                hi = p - 1;
            }
        }
        InsertionSort(keys, items, lo, hi);
    }

    /// <summary>Median of three to <c>hi - 1</c> as the pivot; returns its final position.</summary>
    private static int Partition(ulong[] keys, int[] items, int lo, int hi)
    {
        var mid = lo + ((hi - lo) >> 1);
        SwapIfGreater(keys, items, lo, mid);
        SwapIfGreater(keys, items, lo, hi);
        SwapIfGreater(keys, items, mid, hi);
        Swap(keys, items, mid, hi - 1);
        var pivot = keys[hi - 1];
        int left = lo,
            right = hi - 1;
        while (left < right)
        {
            while (keys[++left] < pivot) { }
            while (pivot < keys[--right]) { }
            if (left >= right)
            {
                break;
            }
            Swap(keys, items, left, right);
        }
        if (left != hi - 1)
        {
            Swap(keys, items, left, hi - 1);
        }
        return left;
    }

    private static void InsertionSort(ulong[] keys, int[] items, int lo, int hi)
    {
        for (var i = lo; i < hi; i++)
        {
            var key = keys[i + 1];
            var item = items[i + 1];
            var j = i;
            while (j >= lo && key < keys[j])
            {
                keys[j + 1] = keys[j];
                items[j + 1] = items[j];
                j--;
            }
            keys[j + 1] = key;
            items[j + 1] = item;
        }
    }

    private static void HeapSort(ulong[] keys, int[] items, int lo, int hi)
    {
        var n = hi - lo + 1;
        for (var i = n >> 1; i >= 1; i--)
        {
            SiftDown(keys, items, i, n, lo);
        }
        for (var i = n; i > 1; i--)
        {
            Swap(keys, items, lo, lo + i - 1);
            SiftDown(keys, items, 1, i - 1, lo);
        }
    }

    private static void SiftDown(ulong[] keys, int[] items, int i, int n, int lo)
    {
        var key = keys[lo + i - 1];
        var item = items[lo + i - 1];
        while (i <= n >> 1)
        {
            var child = 2 * i;
            if (child < n && keys[lo + child - 1] < keys[lo + child])
            {
                child++;
            }
            if (!(key < keys[lo + child - 1]))
            {
                break;
            }
            keys[lo + i - 1] = keys[lo + child - 1];
            items[lo + i - 1] = items[lo + child - 1];
            i = child;
        }
        keys[lo + i - 1] = key;
        items[lo + i - 1] = item;
    }

    private static void SwapIfGreater(ulong[] keys, int[] items, int i, int j)
    {
        if (keys[i] > keys[j])
        {
            Swap(keys, items, i, j);
        }
    }

    private static void Swap(ulong[] keys, int[] items, int i, int j)
    {
        (keys[i], keys[j]) = (keys[j], keys[i]);
        (items[i], items[j]) = (items[j], items[i]);
    }

    private static int Log2(int n) => 31 - System.Numerics.BitOperations.LeadingZeroCount((uint)n);
}
