using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Tests.TckRunner;

/// <summary>Compares actual values with TCK expectations (structurally; lists optionally as multisets).</summary>
public static class TckMatcher
{
    public static bool Matches(TckValue expected, CypherValue actual, bool unorderedLists)
    {
        switch (expected)
        {
            case TckValue.Literal l:
                return LiteralMatches(l.Value, actual);
            case TckValue.ListValue list:
                if (actual is not CypherList al || al.Count != list.Items.Count)
                {
                    return false;
                }
                if (!unorderedLists)
                {
                    for (var i = 0; i < al.Count; i++)
                    {
                        if (!Matches(list.Items[i], al[i], unorderedLists))
                        {
                            return false;
                        }
                    }
                    return true;
                }
                return MultisetMatch(list.Items, [.. al], (e, a) => Matches(e, a, unorderedLists));
            case TckValue.MapValue map:
                if (actual is not CypherMap am)
                {
                    return false;
                }
                return MapMatches(map, am, unorderedLists);
            case TckValue.NodeValue n:
                return actual is CypherNode an && NodeMatches(n, an);
            case TckValue.RelValue r:
                return actual is CypherRelationship ar && RelMatches(r, ar);
            case TckValue.PathValue p:
                if (actual is not CypherPath ap || ap.Length != p.Rels.Count)
                {
                    return false;
                }
                for (var i = 0; i < p.Nodes.Count; i++)
                {
                    if (!NodeMatches(p.Nodes[i], ap.Nodes[i]))
                    {
                        return false;
                    }
                }
                for (var i = 0; i < p.Rels.Count; i++)
                {
                    var r = ap.Relationships[i];
                    var forward = r.StartNodeId == ap.Nodes[i].Id && r.EndNodeId == ap.Nodes[i + 1].Id;
                    var backward = r.EndNodeId == ap.Nodes[i].Id && r.StartNodeId == ap.Nodes[i + 1].Id;
                    if (!RelMatches(p.Rels[i], r) || (p.Forward[i] ? !forward : !backward))
                    {
                        return false;
                    }
                }
                return true;
            default:
                return false;
        }
    }

    private static bool MapMatches(
        TckValue.MapValue expected,
        IReadOnlyDictionary<string, CypherValue> actual,
        bool unorderedLists
    )
    {
        if (expected.Entries.Count != actual.Count)
        {
            return false;
        }
        foreach (var (k, v) in expected.Entries)
        {
            if (!actual.TryGetValue(k, out var a) || !Matches(v, a, unorderedLists))
            {
                return false;
            }
        }
        return true;
    }

    private static bool NodeMatches(TckValue.NodeValue expected, CypherNode actual) =>
        expected.Labels.Count == actual.Labels.Count
        && expected.Labels.All(l => actual.Labels.Contains(l, StringComparer.Ordinal))
        && MapMatches(expected.Properties, actual.Properties, false);

    private static bool RelMatches(TckValue.RelValue expected, CypherRelationship actual) =>
        string.Equals(expected.Type, actual.Type, StringComparison.Ordinal)
        && MapMatches(expected.Properties, actual.Properties, false);

    private static bool LiteralMatches(CypherValue expected, CypherValue actual)
    {
        switch (expected)
        {
            case CypherFloat ef when actual is CypherFloat af:
                if (double.IsNaN(ef.Value))
                {
                    return double.IsNaN(af.Value);
                }
                // The TCK writes every float with all its digits: parsed, it must be the same double.
                return ef.Value == af.Value;
            case CypherString es when actual.Kind is >= CypherValueKind.Date and <= CypherValueKind.Point:
                return string.Equals(es.Value, actual.ToString(), StringComparison.Ordinal);
            default:
                return expected.Equals(actual);
        }
    }

    /// <summary>
    /// True when the expected and actual items pair up one to one (a perfect bipartite matching, so a
    /// loose expectation such as an unordered list cannot steal the partner another row needs).
    /// </summary>
    public static bool MultisetMatch<TE, TA>(
        IReadOnlyList<TE> expected,
        IReadOnlyList<TA> actual,
        Func<TE, TA, bool> match
    )
    {
        if (expected.Count != actual.Count)
        {
            return false;
        }
        var n = expected.Count;
        var edges = new List<int>[n];
        for (var e = 0; e < n; e++)
        {
            edges[e] = [];
            for (var a = 0; a < n; a++)
            {
                if (match(expected[e], actual[a]))
                {
                    edges[e].Add(a);
                }
            }
            if (edges[e].Count == 0)
            {
                return false;
            }
        }
        var partner = new int[n];
        Array.Fill(partner, -1);
        for (var e = 0; e < n; e++)
        {
            if (!Augment(e, edges, partner, new bool[n]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Augment(int e, List<int>[] edges, int[] partner, bool[] seen)
    {
        foreach (var a in edges[e])
        {
            if (seen[a])
            {
                continue;
            }
            seen[a] = true;
            if (partner[a] < 0 || Augment(partner[a], edges, partner, seen))
            {
                partner[a] = e;
                return true;
            }
        }
        return false;
    }
}
