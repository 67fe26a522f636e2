namespace EconSecGraph.Storage.FullText;

/// <summary>
/// Query evaluation results: distinct documents in ascending order with their scores, in two arrays.
/// Boolean combinations are linear merges of these (no hash map, no object per hit); each score sum
/// adds clause scores in clause order, so results are bit-for-bit those of a per-document accumulator.
/// </summary>
internal sealed class ScoredDocs
{
    public ScoredDocs(long[] docs, double[] scores, int count)
    {
        Docs = docs;
        Scores = scores;
        Count = count;
    }

    public static ScoredDocs Empty { get; } = new([], [], 0);

    public long[] Docs { get; }

    public double[] Scores { get; }

    public int Count { get; }

    public void Scale(double factor)
    {
        for (var i = 0; i < Count; i++)
        {
            Scores[i] *= factor;
        }
    }

    /// <summary>Every document of either; the scores of documents in both are added (<paramref name="a"/>'s first).</summary>
    public static ScoredDocs Sum(ScoredDocs a, ScoredDocs b) => Union(a, b, max: false);

    /// <summary>Every document of either; documents in both keep the larger score.</summary>
    public static ScoredDocs Max(ScoredDocs a, ScoredDocs b) => Union(a, b, max: true);

    private static ScoredDocs Union(ScoredDocs a, ScoredDocs b, bool max)
    {
        if (b.Count == 0)
        {
            return a;
        }
        if (a.Count == 0)
        {
            return b;
        }
        var docs = new long[a.Count + b.Count];
        var scores = new double[docs.Length];
        int i = 0,
            j = 0,
            n = 0;
        while (i < a.Count && j < b.Count)
        {
            var x = a.Docs[i];
            var y = b.Docs[j];
            if (x < y)
            {
                docs[n] = x;
                scores[n++] = a.Scores[i++];
            }
            else if (y < x)
            {
                docs[n] = y;
                scores[n++] = b.Scores[j++];
            }
            else
            {
                docs[n] = x;
                // an accumulator starts at 0 and adds a's score, then b's: 0 + s is s exactly
                scores[n++] = max ? Math.Max(a.Scores[i], b.Scores[j]) : a.Scores[i] + b.Scores[j];
                i++;
                j++;
            }
        }
        for (; i < a.Count; i++, n++)
        {
            docs[n] = a.Docs[i];
            scores[n] = a.Scores[i];
        }
        for (; j < b.Count; j++, n++)
        {
            docs[n] = b.Docs[j];
            scores[n] = b.Scores[j];
        }
        return new ScoredDocs(docs, scores, n);
    }

    /// <summary>The documents in both, scores added (<paramref name="a"/>'s first).</summary>
    public static ScoredDocs Intersect(ScoredDocs a, ScoredDocs b)
    {
        var docs = new long[Math.Min(a.Count, b.Count)];
        var scores = new double[docs.Length];
        int i = 0,
            j = 0,
            n = 0;
        while (i < a.Count && j < b.Count)
        {
            var x = a.Docs[i];
            var y = b.Docs[j];
            if (x < y)
            {
                i++;
            }
            else if (y < x)
            {
                j++;
            }
            else
            {
                docs[n] = x;
                scores[n++] = a.Scores[i++] + b.Scores[j++];
            }
        }
        return new ScoredDocs(docs, scores, n);
    }

    /// <summary><paramref name="a"/> with the scores of documents also in <paramref name="b"/> increased by them.</summary>
    public static ScoredDocs AddWhereBoth(ScoredDocs a, ScoredDocs b)
    {
        int i = 0,
            j = 0;
        while (i < a.Count && j < b.Count)
        {
            var x = a.Docs[i];
            var y = b.Docs[j];
            if (x < y)
            {
                i++;
            }
            else if (y < x)
            {
                j++;
            }
            else
            {
                a.Scores[i++] += b.Scores[j++];
            }
        }
        return a;
    }

    /// <summary><paramref name="a"/> without the documents of <paramref name="b"/>.</summary>
    public static ScoredDocs Except(ScoredDocs a, ScoredDocs b)
    {
        if (b.Count == 0 || a.Count == 0)
        {
            return a;
        }
        var docs = new long[a.Count];
        var scores = new double[a.Count];
        int j = 0,
            n = 0;
        for (var i = 0; i < a.Count; i++)
        {
            var x = a.Docs[i];
            while (j < b.Count && b.Docs[j] < x)
            {
                j++;
            }
            if (j < b.Count && b.Docs[j] == x)
            {
                continue;
            }
            docs[n] = x;
            scores[n++] = a.Scores[i];
        }
        return new ScoredDocs(docs, scores, n);
    }
}
