namespace EconSecGraph.Bench.Baseline;

/// <summary>
/// The benchmark operations written directly against <see cref="ArrayGraph"/>: what a careful
/// programmer gets without a database. Every method mirrors one Cypher query of the suite.
/// </summary>
public sealed class BaselineQueries(ArrayGraph graph)
{
    private readonly int[] _stampA = new int[graph.NodeCount];
    private readonly int[] _stampB = new int[graph.NodeCount];
    private readonly int[] _distA = new int[graph.NodeCount];
    private readonly int[] _distB = new int[graph.NodeCount];
    private readonly long[] _countA = new long[graph.NodeCount];
    private readonly long[] _countB = new long[graph.NodeCount];
    private readonly int[] _parentA = new int[graph.NodeCount];
    private readonly int[] _parentB = new int[graph.NodeCount];
    private int _stamp;
    private Dictionary<string, int[]>? _tokens;

    /// <summary><c>MATCH (n:L {id:$id})--(m) RETURN count(DISTINCT m)</c></summary>
    public long Hop1Distinct(int node)
    {
        var stamp = NextStamp();
        long count = 0;
        foreach (var m in graph.NeighboursOf(node))
        {
            if (_stampA[m] != stamp)
            {
                _stampA[m] = stamp;
                count++;
            }
        }
        return count;
    }

    /// <summary><c>MATCH (n:L {id:$id})-[*1..2]-(m) WHERE m &lt;&gt; n RETURN count(DISTINCT m)</c></summary>
    public long Hop2Distinct(int node)
    {
        var stamp = NextStamp();
        _stampA[node] = stamp;
        long count = 0;
        foreach (var m in graph.NeighboursOf(node))
        {
            if (_stampA[m] != stamp)
            {
                _stampA[m] = stamp;
                count++;
            }
        }
        foreach (var m in graph.NeighboursOf(node))
        {
            foreach (var x in graph.NeighboursOf(m))
            {
                if (_stampA[x] != stamp)
                {
                    _stampA[x] = stamp;
                    count++;
                }
            }
        }
        return count;
    }

    /// <summary><c>MATCH (n:L {id:$id})--(m) RETURN m.id, m.name</c> (one row per relationship).</summary>
    public List<(int Id, string Name)> Hop1Rows(int node)
    {
        var neighbours = graph.NeighboursOf(node);
        var rows = new List<(int, string)>(neighbours.Length);
        foreach (var m in neighbours)
        {
            rows.Add((m, graph.Names[m]));
        }
        return rows;
    }

    /// <summary><c>MATCH (n:L {id:$id})--(m) RETURN labels(m)[0], count(*)</c></summary>
    public SortedDictionary<string, long> NeighbourLabels(int node)
    {
        Span<long> counts = stackalloc long[graph.LabelNames.Length];
        foreach (var m in graph.NeighboursOf(node))
        {
            counts[graph.Labels[m]]++;
        }
        var result = new SortedDictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0)
            {
                result[graph.LabelNames[i]] = counts[i];
            }
        }
        return result;
    }

    /// <summary><c>MATCH ()-[r]->() RETURN type(r), count(*)</c></summary>
    public SortedDictionary<string, long> TypeCounts()
    {
        var counts = new long[graph.TypeNames.Length];
        foreach (var t in graph.EdgeTypes)
        {
            counts[t]++;
        }
        var result = new SortedDictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < counts.Length; i++)
        {
            result[graph.TypeNames[i]] = counts[i] / 2; // each edge sits in two adjacency lists
        }
        return result;
    }

    /// <summary><c>WHERE n.name STARTS WITH $p RETURN count(n)</c> over the sorted name index.</summary>
    public long PrefixCount(string prefix)
    {
        var (from, to) = PrefixRange(prefix);
        return to - from;
    }

    /// <summary><c>WHERE n.name STARTS WITH $p RETURN n.id LIMIT 25</c></summary>
    public List<int> PrefixLimit(string prefix, int limit)
    {
        var (from, to) = PrefixRange(prefix);
        var result = new List<int>(limit);
        for (var i = from; i < to && result.Count < limit; i++)
        {
            result.Add(graph.SortedNames[i]);
        }
        return result;
    }

    /// <summary><c>WHERE n.name CONTAINS $s RETURN count(n)</c>: a scan, as there is no substring index.</summary>
    public long ContainsCount(string fragment)
    {
        long count = 0;
        foreach (var name in graph.Names)
        {
            if (name.Contains(fragment, StringComparison.Ordinal))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary><c>WHERE n.name CONTAINS $s RETURN n.id LIMIT 25</c></summary>
    public List<int> ContainsLimit(string fragment, int limit)
    {
        var result = new List<int>(limit);
        for (var i = 0; i < graph.Names.Length && result.Count < limit; i++)
        {
            if (graph.Names[i].Contains(fragment, StringComparison.Ordinal))
            {
                result.Add(i);
            }
        }
        return result;
    }

    /// <summary>Full-text term count over whitespace tokens (an inverted index built on first use).</summary>
    public long FullTextCount(string term)
    {
        _tokens ??= BuildTokenIndex();
        return _tokens.TryGetValue(term.ToLowerInvariant(), out var postings) ? postings.Length : 0;
    }

    /// <summary>Builds the inverted index (timed separately by the harness as part of "queryable").</summary>
    public void PrepareFullText() => _tokens ??= BuildTokenIndex();

    /// <summary>Length of a shortest path (bidirectional BFS), or -1 when unreachable.</summary>
    public int ShortestPathLength(int a, int b) => ShortestPath(a, b)?.Count - 1 ?? -1;

    /// <summary>The node ids of one shortest path from a to b (bidirectional BFS), or null.</summary>
    public List<int>? ShortestPath(int a, int b)
    {
        if (a == b)
        {
            return [a];
        }
        var stamp = NextStamp();
        var frontierA = new List<int> { a };
        var frontierB = new List<int> { b };
        _stampA[a] = stamp;
        _parentA[a] = -1;
        _stampB[b] = stamp;
        _parentB[b] = -1;
        var next = new List<int>();
        while (frontierA.Count > 0 && frontierB.Count > 0)
        {
            var forward = frontierA.Count <= frontierB.Count;
            var (frontier, stampMine, parentMine, stampOther) = forward
                ? (frontierA, _stampA, _parentA, _stampB)
                : (frontierB, _stampB, _parentB, _stampA);
            next.Clear();
            foreach (var u in frontier)
            {
                foreach (var v in graph.NeighboursOf(u))
                {
                    if (stampMine[v] == stamp)
                    {
                        continue;
                    }
                    stampMine[v] = stamp;
                    parentMine[v] = u;
                    if (stampOther[v] == stamp)
                    {
                        return Join(v);
                    }
                    next.Add(v);
                }
            }
            if (forward)
            {
                (frontierA, next) = (next, frontierA);
            }
            else
            {
                (frontierB, next) = (next, frontierB);
            }
        }
        return null;

        List<int> Join(int meet)
        {
            var path = new List<int>();
            for (var x = meet; x != -1; x = _parentA[x])
            {
                path.Add(x);
            }
            path.Reverse();
            for (var x = _parentB[meet]; x != -1; x = _parentB[x])
            {
                path.Add(x);
            }
            return path;
        }
    }

    /// <summary>
    /// <c>MATCH p = allShortestPaths((a)-[*]-(b)) RETURN count(p)</c>: the number of shortest paths,
    /// parallel relationships counting as different paths, by bidirectional layered BFS with path counts.
    /// </summary>
    public long AllShortestPathsCount(int a, int b)
    {
        if (a == b)
        {
            return 1;
        }
        var stamp = NextStamp();
        var frontierA = new List<int> { a };
        var frontierB = new List<int> { b };
        _stampA[a] = stamp;
        _distA[a] = 0;
        _countA[a] = 1;
        _stampB[b] = stamp;
        _distB[b] = 0;
        _countB[b] = 1;
        var next = new List<int>();
        while (frontierA.Count > 0 && frontierB.Count > 0)
        {
            var forward = frontierA.Count <= frontierB.Count;
            var (frontier, stampMine, distMine, countMine, stampOther, distOther, countOther) = forward
                ? (frontierA, _stampA, _distA, _countA, _stampB, _distB, _countB)
                : (frontierB, _stampB, _distB, _countB, _stampA, _distA, _countA);
            // does this layer touch the other side? then the shortest length is decided here
            var best = int.MaxValue;
            foreach (var u in frontier)
            {
                foreach (var v in graph.NeighboursOf(u))
                {
                    if (stampOther[v] == stamp)
                    {
                        best = Math.Min(best, distMine[u] + 1 + distOther[v]);
                    }
                }
            }
            if (best != int.MaxValue)
            {
                long total = 0;
                foreach (var u in frontier)
                {
                    foreach (var v in graph.NeighboursOf(u))
                    {
                        if (stampOther[v] == stamp && distMine[u] + 1 + distOther[v] == best)
                        {
                            total += countMine[u] * countOther[v];
                        }
                    }
                }
                return total;
            }
            next.Clear();
            foreach (var u in frontier)
            {
                foreach (var v in graph.NeighboursOf(u))
                {
                    if (stampMine[v] != stamp)
                    {
                        stampMine[v] = stamp;
                        distMine[v] = distMine[u] + 1;
                        countMine[v] = countMine[u];
                        next.Add(v);
                    }
                    else if (distMine[v] == distMine[u] + 1)
                    {
                        countMine[v] += countMine[u];
                    }
                }
            }
            if (forward)
            {
                (frontierA, next) = (next, frontierA);
            }
            else
            {
                (frontierB, next) = (next, frontierB);
            }
        }
        return 0;
    }

    private (int From, int To) PrefixRange(string prefix)
    {
        var sorted = graph.SortedNames;
        var names = graph.Names;
        var lo = 0;
        var hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(names[sorted[mid]], prefix) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        var end = lo;
        while (end < sorted.Length && names[sorted[end]].StartsWith(prefix, StringComparison.Ordinal))
        {
            end++;
        }
        return (lo, end);
    }

    private Dictionary<string, int[]> BuildTokenIndex()
    {
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < graph.Names.Length; i++)
        {
            foreach (var token in graph.Names[i].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var key = token.ToLowerInvariant();
                if (!lists.TryGetValue(key, out var list))
                {
                    lists[key] = list = [];
                }
                list.Add(i);
            }
        }
        return lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    private int NextStamp()
    {
        _stamp++;
        return _stamp;
    }
}
