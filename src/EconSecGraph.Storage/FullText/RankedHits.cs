using System.Collections;

namespace EconSecGraph.Storage.FullText;

/// <summary>
/// Hits best first (score descending, then id ascending), produced lazily. The first
/// <see cref="FirstBatch"/> hits come from one pass over the matches with a small heap of the best so
/// far (most matches cost one comparison with the batch's worst), so a caller that stops there
/// (<c>LIMIT k</c>, as search does) never sorts or heaps every match. Past the batch, a binary heap over
/// the remaining matches is built in linear time and each further hit costs O(log n). The order is
/// exactly that of a full sort.
/// </summary>
internal sealed class RankedHits(ScoredDocs scored) : IEnumerable<FullTextHit>
{
    /// <summary>The hits ranked by the one-pass selection: more than a search page or a typical LIMIT.</summary>
    internal const int FirstBatch = 256;

    public int Count => scored.Count;

    public IEnumerator<FullTextHit> GetEnumerator()
    {
        var n = scored.Count;
        if (n == 0)
        {
            yield break;
        }
        var docs = scored.Docs;
        var scores = scored.Scores;
        if (n <= FirstBatch * 2)
        {
            // few matches: the heap over all of them is as cheap as a selection
            foreach (var hit in HeapOrder(AllIndexes(n), docs, scores))
            {
                yield return hit;
            }
            yield break;
        }
        var best = Best(docs, scores, n);
        foreach (var i in best)
        {
            yield return new FullTextHit(docs[i], scores[i]);
        }
        // the rest are exactly the matches ranked after the batch's last hit (the order is total: ids are unique)
        var last = best[^1];
        var rest = new int[n - best.Length];
        var r = 0;
        for (var i = 0; i < n; i++)
        {
            if (Before(last, i, docs, scores))
            {
                rest[r++] = i;
            }
        }
        foreach (var hit in HeapOrder(rest, docs, scores))
        {
            yield return hit;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static int[] AllIndexes(int n)
    {
        var all = new int[n];
        for (var i = 0; i < n; i++)
        {
            all[i] = i;
        }
        return all;
    }

    /// <summary>The <see cref="FirstBatch"/> best matches, best first, in one pass over all of them.</summary>
    private static int[] Best(long[] docs, double[] scores, int n)
    {
        // a heap with the worst of the best so far at the root: a match enters only if it beats the root
        var worst = new int[FirstBatch];
        for (var i = 0; i < FirstBatch; i++)
        {
            worst[i] = i;
        }
        for (var i = (FirstBatch / 2) - 1; i >= 0; i--)
        {
            SiftDownWorst(worst, i, docs, scores);
        }
        for (var i = FirstBatch; i < n; i++)
        {
            if (Before(i, worst[0], docs, scores))
            {
                worst[0] = i;
                SiftDownWorst(worst, 0, docs, scores);
            }
        }
        Array.Sort(
            worst,
            (a, b) =>
                a == b ? 0
                : Before(a, b, docs, scores) ? -1
                : 1
        );
        return worst;
    }

    /// <summary>The matches at <paramref name="indexes"/>, best first: a heap built in linear time, popped lazily.</summary>
    private static IEnumerable<FullTextHit> HeapOrder(int[] indexes, long[] docs, double[] scores)
    {
        var n = indexes.Length;
        for (var i = (n / 2) - 1; i >= 0; i--)
        {
            SiftDown(indexes, i, n, docs, scores);
        }
        while (n > 0)
        {
            var top = indexes[0];
            yield return new FullTextHit(docs[top], scores[top]);
            n--;
            indexes[0] = indexes[n];
            SiftDown(indexes, 0, n, docs, scores);
        }
    }

    /// <summary>True when hit <paramref name="a"/> ranks before hit <paramref name="b"/>.</summary>
    private static bool Before(int a, int b, long[] docs, double[] scores)
    {
        var c = scores[b].CompareTo(scores[a]);
        return c != 0 ? c < 0 : docs[a] < docs[b];
    }

    /// <summary>Sift-down of a heap whose root ranks first.</summary>
    private static void SiftDown(int[] heap, int i, int n, long[] docs, double[] scores)
    {
        var item = heap[i];
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= n)
            {
                break;
            }
            if (child + 1 < n && Before(heap[child + 1], heap[child], docs, scores))
            {
                child++;
            }
            if (!Before(heap[child], item, docs, scores))
            {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = item;
    }

    /// <summary>Sift-down of the full <see cref="FirstBatch"/> heap whose root ranks last.</summary>
    private static void SiftDownWorst(int[] heap, int i, long[] docs, double[] scores)
    {
        var item = heap[i];
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= heap.Length)
            {
                break;
            }
            if (child + 1 < heap.Length && Before(heap[child], heap[child + 1], docs, scores))
            {
                child++;
            }
            if (!Before(item, heap[child], docs, scores))
            {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = item;
    }
}
