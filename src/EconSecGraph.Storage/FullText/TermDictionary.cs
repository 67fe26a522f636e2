using EconSecGraph.Storage.Internal;

namespace EconSecGraph.Storage.FullText;

/// <summary>
/// The index's terms in ordinal order, for prefix (and wildcard-prefix) range scans: a large sorted
/// base plus a small sorted list of terms added since, merged into the base when it grows past about
/// 8·√n. Terms whose postings are gone may linger until the next merge; callers check the postings.
/// Immutable.
/// </summary>
internal sealed class TermDictionary
{
    private const int MinimumAdded = 1024;

    private readonly string[] _sorted;
    private readonly string[] _added;

    private TermDictionary(string[] sorted, string[] added)
    {
        _sorted = sorted;
        _added = added;
    }

    public static TermDictionary Empty { get; } = new([], []);

    /// <summary>A dictionary over <paramref name="terms"/> (any order, distinct).</summary>
    public static TermDictionary Of(string[] terms)
    {
        Array.Sort(terms, StringComparer.Ordinal);
        return new TermDictionary(terms, []);
    }

    /// <summary>This dictionary plus <paramref name="newTerms"/> (distinct, not yet in it).</summary>
    public TermDictionary With(List<string> newTerms, LayeredMap<string, PostingList> postings)
    {
        if (newTerms.Count == 0)
        {
            return this;
        }
        // a term removed earlier may linger in the base; it must not be listed twice
        newTerms.RemoveAll(t => Contains(_sorted, t));
        newTerms.Sort(StringComparer.Ordinal);
        var added = MergeSorted(_added, newTerms, null);
        if (added.Length <= Math.Max(MinimumAdded, 8 * (int)Math.Sqrt(_sorted.Length)))
        {
            return new TermDictionary(_sorted, added);
        }
        return new TermDictionary(MergeSorted(_sorted, added, postings), []);
    }

    /// <summary>Every term starting with <paramref name="prefix"/> (ordinal), in order within each layer.</summary>
    public IEnumerable<string> WithPrefix(string prefix)
    {
        foreach (var t in Range(_sorted, prefix))
        {
            yield return t;
        }
        foreach (var t in Range(_added, prefix))
        {
            yield return t;
        }
    }

    /// <summary>Every term (for fuzzy matching).</summary>
    public IEnumerable<string> All => _sorted.Concat(_added);

    private static IEnumerable<string> Range(string[] sorted, string prefix)
    {
        var i = LowerBound(sorted, prefix);
        while (i < sorted.Length && sorted[i].StartsWith(prefix, StringComparison.Ordinal))
        {
            yield return sorted[i++];
        }
    }

    private static bool Contains(string[] sorted, string term)
    {
        var i = LowerBound(sorted, term);
        return i < sorted.Length && string.Equals(sorted[i], term, StringComparison.Ordinal);
    }

    private static int LowerBound(string[] sorted, string key)
    {
        int lo = 0,
            hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(sorted[mid], key) < 0)
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

    /// <summary>Two sorted term lists merged; with <paramref name="live"/>, terms without postings are dropped.</summary>
    private static string[] MergeSorted(string[] a, IReadOnlyList<string> b, LayeredMap<string, PostingList>? live)
    {
        var result = new List<string>(a.Length + b.Count);
        int i = 0,
            j = 0;
        while (i < a.Length || j < b.Count)
        {
            string next;
            if (j >= b.Count || (i < a.Length && string.CompareOrdinal(a[i], b[j]) <= 0))
            {
                next = a[i++];
            }
            else
            {
                next = b[j++];
            }
            if (result.Count > 0 && string.Equals(result[^1], next, StringComparison.Ordinal))
            {
                continue;
            }
            if (live is null || live.TryGetValue(next, out _))
            {
                result.Add(next);
            }
        }
        return [.. result];
    }
}
