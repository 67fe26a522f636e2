using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Storage.FullText;

/// <summary>Evaluates a parsed query against a <see cref="FullTextIndex"/> with Lucene's BM25 (k1 = 1.2, b = 0.75).</summary>
internal sealed class FtSearcher(FullTextIndex index, Analyzer analyzer)
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    public List<FullTextHit> Search(FtQuery query)
    {
        var scores = Evaluate(query);
        var hits = scores.Select(kv => new FullTextHit(kv.Key, kv.Value)).ToList();
        hits.Sort(
            static (a, b) =>
            {
                var c = b.Score.CompareTo(a.Score);
                return c != 0 ? c : a.EntityId.CompareTo(b.EntityId);
            }
        );
        return hits;
    }

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
                    return only.Length;
                }
                foreach (var p in only)
                {
                    if (p.Field == fields[0])
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
                foreach (var p in postings)
                {
                    if (Array.IndexOf(fields, p.Field) >= 0)
                    {
                        docs.Add(p.Doc);
                    }
                }
            }
        }
        return docs.Count;
    }

    private Dictionary<long, double> Evaluate(FtQuery q)
    {
        var result = q.Kind switch
        {
            FtQuery.QueryKind.Boolean => EvaluateBoolean(q),
            FtQuery.QueryKind.Term => EvaluateTerm(q),
            FtQuery.QueryKind.Phrase => EvaluatePhrase(q),
            FtQuery.QueryKind.Wildcard => EvaluateExpanded(q, WildcardMatcher(q.Text), constantScore: true),
            _ => EvaluateFuzzy(q),
        };
        if (q.Boost != 1.0)
        {
            foreach (var key in result.Keys.ToList())
            {
                result[key] *= q.Boost;
            }
        }
        return result;
    }

    private Dictionary<long, double> EvaluateBoolean(FtQuery q)
    {
        Dictionary<long, double>? must = null;
        var should = new Dictionary<long, double>();
        var mustNot = new HashSet<long>();
        var hasMust = false;
        foreach (var (occur, clause) in q.Clauses)
        {
            var scores = Evaluate(clause);
            switch (occur)
            {
                case FtQuery.Occur.Must:
                    hasMust = true;
                    if (must is null)
                    {
                        must = scores;
                    }
                    else
                    {
                        var next = new Dictionary<long, double>();
                        foreach (var (doc, s) in must)
                        {
                            if (scores.TryGetValue(doc, out var t))
                            {
                                next[doc] = s + t;
                            }
                        }
                        must = next;
                    }
                    break;
                case FtQuery.Occur.Should:
                    Add(should, scores);
                    break;
                default:
                    mustNot.UnionWith(scores.Keys);
                    break;
            }
        }
        Dictionary<long, double> result;
        if (hasMust)
        {
            result = must!;
            foreach (var doc in result.Keys.ToList())
            {
                if (should.TryGetValue(doc, out var s))
                {
                    result[doc] += s;
                }
            }
        }
        else
        {
            result = should;
        }
        foreach (var doc in mustNot)
        {
            result.Remove(doc);
        }
        return result;
    }

    private static void Add(Dictionary<long, double> into, Dictionary<long, double> from)
    {
        foreach (var (doc, s) in from)
        {
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(into, doc, out _) += s;
        }
    }

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
    private Dictionary<long, double> EvaluateTerm(FtQuery q)
    {
        var tokens = new List<Token>();
        analyzer.Analyze(q.Text, tokens);
        var result = new Dictionary<long, double>();
        var fields = Fields(q.Field);
        foreach (var term in tokens.Select(t => t.Term).Distinct(StringComparer.Ordinal))
        {
            foreach (var f in fields)
            {
                Add(result, TermScores(term, f, 1.0));
            }
        }
        return result;
    }

    private Dictionary<long, double> TermScores(string term, int field, double boost)
    {
        var result = new Dictionary<long, double>();
        if (!index.Postings.TryGetValue(term, out var postings))
        {
            return result;
        }
        var df = 0;
        foreach (var p in postings)
        {
            if (p.Field == field)
            {
                df++;
            }
        }
        if (df == 0)
        {
            return result;
        }
        var idf = Idf(field, df);
        var avg = AverageLength(field);
        foreach (var p in postings)
        {
            if (p.Field == field)
            {
                result[p.Doc] = boost * idf * TfNorm(p.Positions.Length, DocLength(p.Doc, field), avg);
            }
        }
        return result;
    }

    private double Idf(int field, int df)
    {
        var n = index.FieldDocCounts[field];
        return Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
    }

    private double AverageLength(int field) =>
        index.FieldDocCounts[field] == 0 ? 1 : (double)index.FieldLengthTotals[field] / index.FieldDocCounts[field];

    private int DocLength(long doc, int field) => index.Docs.TryGetValue(doc, out var d) ? d.FieldLengths[field] : 1;

    private static double TfNorm(double freq, int length, double avg) =>
        freq / (freq + (K1 * (1 - B + (B * length / avg))));

    private Dictionary<long, double> EvaluatePhrase(FtQuery q)
    {
        var tokens = new List<Token>();
        analyzer.Analyze(q.Text, tokens);
        var result = new Dictionary<long, double>();
        if (tokens.Count == 0)
        {
            return result;
        }
        if (tokens.Count == 1)
        {
            foreach (var f in Fields(q.Field))
            {
                Add(result, TermScores(tokens[0].Term, f, 1.0));
            }
            return result;
        }
        var first = tokens[0].Position;
        foreach (var f in Fields(q.Field))
        {
            // candidate docs: those with every term in this field
            Dictionary<long, int[]>? candidates = null;
            var lists = new List<Dictionary<long, int[]>>();
            var idf = 0.0;
            var missing = false;
            foreach (var t in tokens)
            {
                var map = new Dictionary<long, int[]>();
                if (index.Postings.TryGetValue(t.Term, out var postings))
                {
                    foreach (var p in postings)
                    {
                        if (p.Field == f)
                        {
                            map[p.Doc] = p.Positions;
                        }
                    }
                }
                if (map.Count == 0)
                {
                    missing = true;
                    break;
                }
                idf += Idf(f, map.Count);
                lists.Add(map);
                candidates = candidates is null ? map : candidates.Where(kv => map.ContainsKey(kv.Key)).ToDictionary();
            }
            if (missing || candidates is null)
            {
                continue;
            }
            var avg = AverageLength(f);
            foreach (var doc in candidates.Keys)
            {
                var freq = 0;
                foreach (var start in lists[0][doc])
                {
                    var ok = true;
                    for (var k = 1; k < tokens.Count && ok; k++)
                    {
                        ok = Array.IndexOf(lists[k][doc], start + (tokens[k].Position - first)) >= 0;
                    }
                    if (ok)
                    {
                        freq++;
                    }
                }
                if (freq > 0)
                {
                    System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(result, doc, out _) +=
                        idf * TfNorm(freq, DocLength(doc, f), avg);
                }
            }
        }
        return result;
    }

    private Dictionary<long, double> EvaluateFuzzy(FtQuery q)
    {
        var term = analyzer.Normalize(q.Text);
        var result = new Dictionary<long, double>();
        var fields = Fields(q.Field);
        foreach (var candidate in index.Postings.Keys)
        {
            var d = EditDistance.Bounded(term, candidate, q.MaxEdits);
            if (d > q.MaxEdits)
            {
                continue;
            }
            var boost = 1.0 - ((double)d / Math.Max(1, Math.Min(term.Length, candidate.Length)));
            foreach (var f in fields)
            {
                var scores = TermScores(candidate, f, Math.Max(boost, 0.1));
                foreach (var (doc, s) in scores)
                {
                    ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(
                        result,
                        doc,
                        out _
                    );
                    slot = Math.Max(slot, s);
                }
            }
        }
        return result;
    }

    private Dictionary<long, double> EvaluateExpanded(FtQuery q, Func<string, bool> matches, bool constantScore)
    {
        var result = new Dictionary<long, double>();
        var fields = Fields(q.Field);
        foreach (var (term, postings) in index.Postings)
        {
            if (!matches(term))
            {
                continue;
            }
            foreach (var p in postings)
            {
                if (Array.IndexOf(fields, p.Field) >= 0)
                {
                    // Lucene rewrites multi-term queries to constant-score clauses (score 1 per field)
                    result[p.Doc] = constantScore ? Math.Max(result.GetValueOrDefault(p.Doc), 1.0) : 1.0;
                }
            }
        }
        return result;
    }

    private Func<string, bool> WildcardMatcher(string pattern)
    {
        if (pattern[0] is '*' or '?')
        {
            throw new CypherException(
                Neo4jStatusCodes.ProcedureCallFailed,
                $"Cannot parse '{pattern}': '*' or '?' not allowed as first character in WildcardQuery."
            );
        }
        var normalized = analyzer.Normalize(pattern);
        var star = normalized.IndexOf('*', StringComparison.Ordinal);
        if (star == normalized.Length - 1 && normalized.IndexOf('?', StringComparison.Ordinal) < 0)
        {
            var prefix = normalized[..^1];
            return t => t.StartsWith(prefix, StringComparison.Ordinal);
        }
        return t => WildcardMatch(normalized, 0, t, 0);
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
