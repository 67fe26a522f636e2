using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Storage.FullText;

/// <summary>
/// Evaluates a parsed query against a <see cref="FullTextIndex"/> with Lucene's BM25 (k1 = 1.2, b = 0.75).
/// Each clause yields its documents in id order with their scores (<see cref="ScoredDocs"/>), straight
/// from the posting arrays; boolean clauses merge those; the hits come out best first lazily
/// (<see cref="RankedHits"/>), so <c>LIMIT k</c> costs one selection pass over the matches, not a sort.
/// </summary>
internal sealed class FtSearcher(FullTextIndex index, Analyzer analyzer)
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>Lengths up to this get their BM25 length norm from a per-field table.</summary>
    private const int NormCacheSize = 64;

    private double[]?[]? _norms;

    /// <summary>Every match, best first (score descending, then id ascending), ranked lazily.</summary>
    public RankedHits Search(FtQuery query) => new(Evaluate(query));

    /// <summary>The number of matches: a term query counts its postings directly; others evaluate without sorting.</summary>
    public long Count(FtQuery query)
    {
        // the parser wraps a lone clause in a boolean query; its matches are the clause's
        while (query is { Kind: FtQuery.QueryKind.Boolean, Clauses: [(not FtQuery.Occur.MustNot, var only)] })
        {
            query = only;
        }
        if (query.Kind != FtQuery.QueryKind.Term)
        {
            return Evaluate(query).Count;
        }
        var tokens = new List<Token>();
        analyzer.Analyze(query.Text, tokens);
        var fields = Fields(query.Field);
        var terms = tokens.Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();
        if (terms.Count == 1 && fields.Length == 1)
        {
            // one posting per (document, field, term); with a single field that is the list's length
            long n = 0;
            if (index.Postings.TryGetValue(terms[0], out var only))
            {
                if (index.Descriptor.Properties.Count == 1)
                {
                    return only.Count;
                }
                for (var i = 0; i < only.Count; i++)
                {
                    if (only.Field(i) == fields[0])
                    {
                        n++;
                    }
                }
            }
            return n;
        }
        var docs = new HashSet<long>();
        foreach (var term in terms)
        {
            if (index.Postings.TryGetValue(term, out var postings))
            {
                for (var i = 0; i < postings.Count; i++)
                {
                    if (Array.IndexOf(fields, (int)postings.Field(i)) >= 0)
                    {
                        docs.Add(postings.Docs[i]);
                    }
                }
            }
        }
        return docs.Count;
    }

    private ScoredDocs Evaluate(FtQuery q)
    {
        var result = q.Kind switch
        {
            FtQuery.QueryKind.Boolean => EvaluateBoolean(q),
            FtQuery.QueryKind.Term => EvaluateTerm(q),
            FtQuery.QueryKind.Phrase => EvaluatePhrase(q),
            FtQuery.QueryKind.Wildcard => EvaluateWildcard(q),
            _ => EvaluateFuzzy(q),
        };
        if (q.Boost != 1.0)
        {
            result.Scale(q.Boost);
        }
        return result;
    }

    private ScoredDocs EvaluateBoolean(FtQuery q)
    {
        ScoredDocs? must = null;
        var should = ScoredDocs.Empty;
        var mustNot = ScoredDocs.Empty;
        foreach (var (occur, clause) in q.Clauses)
        {
            var scores = Evaluate(clause);
            switch (occur)
            {
                case FtQuery.Occur.Must:
                    must = must is null ? scores : ScoredDocs.Intersect(must, scores);
                    break;
                case FtQuery.Occur.Should:
                    should = ScoredDocs.Sum(should, scores);
                    break;
                default:
                    mustNot = ScoredDocs.Max(mustNot, scores);
                    break;
            }
        }
        var result = must is null ? should : ScoredDocs.AddWhereBoth(Own(must), should);
        return ScoredDocs.Except(result, mustNot);
    }

    /// <summary>A copy when <paramref name="s"/> could be shared (it is changed in place next).</summary>
    private static ScoredDocs Own(ScoredDocs s) => new((long[])s.Docs.Clone(), (double[])s.Scores.Clone(), s.Count);

    private int[] Fields(string? field)
    {
        var props = index.Descriptor.Properties;
        if (field is null)
        {
            return [.. Enumerable.Range(0, props.Count)];
        }
        for (var i = 0; i < props.Count; i++)
        {
            if (string.Equals(props[i], field, StringComparison.Ordinal))
            {
                return [i];
            }
        }
        return [];
    }

    /// <summary>A query word: analysed; several terms become OR-ed term queries (Lucene's QueryBuilder).</summary>
    private ScoredDocs EvaluateTerm(FtQuery q)
    {
        var tokens = new List<Token>();
        analyzer.Analyze(q.Text, tokens);
        var result = ScoredDocs.Empty;
        var fields = Fields(q.Field);
        foreach (var term in tokens.Select(t => t.Term).Distinct(StringComparer.Ordinal))
        {
            foreach (var f in fields)
            {
                result = ScoredDocs.Sum(result, TermScores(term, f, 1.0));
            }
        }
        return result;
    }

    private ScoredDocs TermScores(string term, int field, double boost)
    {
        if (!index.Postings.TryGetValue(term, out var postings))
        {
            return ScoredDocs.Empty;
        }
        var single = index.Descriptor.Properties.Count == 1;
        var df = single ? postings.Count : CountField(postings, field);
        if (df == 0)
        {
            return ScoredDocs.Empty;
        }
        var idf = Idf(field, df);
        var weight = boost * idf;
        var norms = Norms(field);
        var avg = AverageLength(field);
        var docs = new long[df];
        var scores = new double[df];
        var n = 0;
        var pDocs = postings.Docs;
        var pFields = single ? default : postings.Fields;
        var pLengths = postings.Lengths;
        for (var i = 0; i < pDocs.Length; i++)
        {
            if (single || pFields[i] == field)
            {
                docs[n] = pDocs[i];
                scores[n++] = weight * TfNorm(postings.Frequency(i), pLengths[i], norms, avg);
            }
        }
        return new ScoredDocs(docs, scores, n);
    }

    private static int CountField(PostingList postings, int field)
    {
        if (!postings.HasFields)
        {
            return field == 0 ? postings.Count : 0;
        }
        var df = 0;
        foreach (var f in postings.Fields)
        {
            if (f == field)
            {
                df++;
            }
        }
        return df;
    }

    private double Idf(int field, int df)
    {
        var n = index.FieldDocCounts[field];
        return Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
    }

    private double AverageLength(int field) =>
        index.FieldDocCounts[field] == 0 ? 1 : (double)index.FieldLengthTotals[field] / index.FieldDocCounts[field];

    /// <summary>The BM25 length norms of field <paramref name="field"/> for short fields, computed once per query.</summary>
    private double[] Norms(int field)
    {
        _norms ??= new double[]?[index.Descriptor.Properties.Count];
        if (_norms[field] is { } cached)
        {
            return cached;
        }
        var avg = AverageLength(field);
        var norms = new double[NormCacheSize];
        for (var length = 0; length < norms.Length; length++)
        {
            norms[length] = LengthNorm(length, avg);
        }
        _norms[field] = norms;
        return norms;
    }

    private static double LengthNorm(int length, double avg) => K1 * (1 - B + (B * length / avg));

    private static double TfNorm(double freq, int length, double[] norms, double avg) =>
        freq / (freq + ((uint)length < (uint)norms.Length ? norms[length] : LengthNorm(length, avg)));

    private ScoredDocs EvaluatePhrase(FtQuery q)
    {
        var tokens = new List<Token>();
        analyzer.Analyze(q.Text, tokens);
        var result = ScoredDocs.Empty;
        if (tokens.Count == 0)
        {
            return result;
        }
        if (tokens.Count == 1)
        {
            foreach (var f in Fields(q.Field))
            {
                result = ScoredDocs.Sum(result, TermScores(tokens[0].Term, f, 1.0));
            }
            return result;
        }
        var lists = new PostingList[tokens.Count];
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!index.Postings.TryGetValue(tokens[k].Term, out var list))
            {
                return result;
            }
            lists[k] = list;
        }
        foreach (var f in Fields(q.Field))
        {
            result = ScoredDocs.Sum(result, PhraseScores(tokens, lists, f));
        }
        return result;
    }

    /// <summary>Documents whose field <paramref name="field"/> holds the terms at their relative positions.</summary>
    private ScoredDocs PhraseScores(List<Token> tokens, PostingList[] lists, int field)
    {
        var idf = 0.0;
        var rarest = 0;
        var rarestCount = int.MaxValue;
        for (var k = 0; k < lists.Length; k++)
        {
            var df = CountField(lists[k], field);
            if (df == 0)
            {
                return ScoredDocs.Empty;
            }
            idf += Idf(field, df);
            if (df < rarestCount)
            {
                rarest = k;
                rarestCount = df;
            }
        }
        var norms = Norms(field);
        var avg = AverageLength(field);
        var first = tokens[0].Position;
        var cursors = new int[lists.Length];
        var at = new int[lists.Length];
        var docs = new long[rarestCount];
        var scores = new double[rarestCount];
        var n = 0;
        var driver = lists[rarest];
        for (var i = 0; i < driver.Count; i++)
        {
            if (driver.Field(i) != field)
            {
                continue;
            }
            var doc = driver.Docs[i];
            var all = true;
            for (var k = 0; k < lists.Length && all; k++)
            {
                at[k] = Seek(lists[k], ref cursors[k], doc, field);
                all = at[k] >= 0;
            }
            if (!all)
            {
                continue;
            }
            var freq = 0;
            foreach (var start in lists[0].PositionsOf(at[0]))
            {
                var ok = true;
                for (var k = 1; k < tokens.Count && ok; k++)
                {
                    ok = lists[k].PositionsOf(at[k]).IndexOf(start + (tokens[k].Position - first)) >= 0;
                }
                if (ok)
                {
                    freq++;
                }
            }
            if (freq > 0)
            {
                docs[n] = doc;
                scores[n++] = idf * TfNorm(freq, lists[0].Lengths[at[0]], norms, avg);
            }
        }
        return new ScoredDocs(docs, scores, n);
    }

    /// <summary>
    /// Moves <paramref name="cursor"/> forward to the first posting at or after (doc, field) and
    /// returns its index when it is exactly that posting, else -1. Gallops, then binary-searches.
    /// </summary>
    private static int Seek(PostingList list, ref int cursor, long doc, int field)
    {
        var docs = list.Docs;
        // an index of one property stores no fields: every posting is in field 0
        var fields = list.HasFields ? list.Fields : default;
        var lo = cursor;
        var step = 1;
        var hi = lo;
        while (hi < docs.Length && Less(docs, fields, hi, doc, field))
        {
            lo = hi + 1;
            hi += step;
            step <<= 1;
        }
        hi = Math.Min(hi, docs.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Less(docs, fields, mid, doc, field))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        cursor = lo;
        return lo < docs.Length && docs[lo] == doc && FieldAt(fields, lo) == field ? lo : -1;
    }

    private static bool Less(ReadOnlySpan<long> docs, ReadOnlySpan<ushort> fields, int i, long doc, int field) =>
        docs[i] < doc || (docs[i] == doc && FieldAt(fields, i) < field);

    private static int FieldAt(ReadOnlySpan<ushort> fields, int i) => fields.IsEmpty ? 0 : fields[i];

    private ScoredDocs EvaluateFuzzy(FtQuery q)
    {
        var term = analyzer.Normalize(q.Text);
        var result = ScoredDocs.Empty;
        var fields = Fields(q.Field);
        foreach (var candidate in index.Terms.All)
        {
            // only terms within the edit budget by length can match; the distance is computed for those
            if (Math.Abs(candidate.Length - term.Length) > q.MaxEdits)
            {
                continue;
            }
            var d = EditDistance.Bounded(term, candidate, q.MaxEdits);
            if (d > q.MaxEdits || !index.Postings.TryGetValue(candidate, out _))
            {
                continue;
            }
            var boost = 1.0 - ((double)d / Math.Max(1, Math.Min(term.Length, candidate.Length)));
            foreach (var f in fields)
            {
                result = ScoredDocs.Max(result, TermScores(candidate, f, Math.Max(boost, 0.1)));
            }
        }
        return result;
    }

    /// <summary>
    /// A wildcard term: only the dictionary's range of terms starting with the pattern's literal prefix
    /// is matched against it. Lucene rewrites multi-term queries to constant-score clauses (score 1).
    /// </summary>
    private ScoredDocs EvaluateWildcard(FtQuery q)
    {
        var pattern = q.Text;
        if (pattern[0] is '*' or '?')
        {
            throw new CypherException(
                Neo4jStatusCodes.ProcedureCallFailed,
                $"Cannot parse '{pattern}': '*' or '?' not allowed as first character in WildcardQuery."
            );
        }
        var normalized = analyzer.Normalize(pattern);
        var wild = normalized.AsSpan().IndexOfAny('*', '?');
        var prefix = wild < 0 ? normalized : normalized[..wild];
        var prefixOnly = wild == normalized.Length - 1 && normalized[wild] == '*';
        var fields = Fields(q.Field);
        var docs = new List<long>();
        foreach (var term in index.Terms.WithPrefix(prefix))
        {
            if (!prefixOnly && !WildcardMatch(normalized, 0, term, 0))
            {
                continue;
            }
            if (!index.Postings.TryGetValue(term, out var postings))
            {
                continue;
            }
            for (var i = 0; i < postings.Count; i++)
            {
                if (Array.IndexOf(fields, (int)postings.Field(i)) >= 0)
                {
                    docs.Add(postings.Docs[i]);
                }
            }
        }
        if (docs.Count == 0)
        {
            return ScoredDocs.Empty;
        }
        var sorted = docs.ToArray();
        Array.Sort(sorted);
        var n = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (n == 0 || sorted[i] != sorted[n - 1])
            {
                sorted[n++] = sorted[i];
            }
        }
        var scores = new double[n];
        Array.Fill(scores, 1.0);
        return new ScoredDocs(sorted, scores, n);
    }

    private static bool WildcardMatch(string p, int pi, string t, int ti)
    {
        while (pi < p.Length)
        {
            var c = p[pi];
            if (c == '*')
            {
                for (var k = ti; k <= t.Length; k++)
                {
                    if (WildcardMatch(p, pi + 1, t, k))
                    {
                        return true;
                    }
                }
                return false;
            }
            if (ti >= t.Length || (c != '?' && c != t[ti]))
            {
                return false;
            }
            pi++;
            ti++;
        }
        return ti == t.Length;
    }
}
