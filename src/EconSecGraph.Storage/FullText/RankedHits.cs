using System.Collections;

namespace EconSecGraph.Storage.FullText;

/// <summary>
/// Hits best first (score descending, then id ascending), produced lazily: a binary heap over the
/// scored documents is built in linear time and each hit taken costs O(log n), so a caller that
/// stops after k hits (<c>LIMIT k</c>) pays for k, not for sorting every match. The order is exactly
/// that of a full sort.
/// </summary>
internal sealed class RankedHits(ScoredDocs scored) : IEnumerable<FullTextHit>
{
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
        var heap = new int[n];
        for (var i = 0; i < n; i++)
        {
            heap[i] = i;
        }
        for (var i = (n / 2) - 1; i >= 0; i--)
        {
            SiftDown(heap, i, n, docs, scores);
        }
        while (n > 0)
        {
            var top = heap[0];
            yield return new FullTextHit(docs[top], scores[top]);
            n--;
            heap[0] = heap[n];
            SiftDown(heap, 0, n, docs, scores);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>True when hit <paramref name="a"/> ranks before hit <paramref name="b"/>.</summary>
    private static bool Before(int a, int b, long[] docs, double[] scores)
    {
        var c = scores[b].CompareTo(scores[a]);
        return c != 0 ? c < 0 : docs[a] < docs[b];
    }

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
}
