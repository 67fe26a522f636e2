using System.Globalization;
using EconSecGraph.Graph.Database;
using static EconSecGraph.Cypher.Tests.Features.CypherRunner;

namespace EconSecGraph.Cypher.Tests.Features;

/// <summary>
/// The shortest-path searches reuse their maps and frontiers from query to query (and from row to row):
/// many searches in a row over a random multigraph must each give the answer of a fresh breadth-first
/// search — the length of a shortest path, and how many shortest paths (relationship sequences) exist.
/// </summary>
public sealed class ShortestPathReuseTests
{
    private const int Nodes = 120;
    private const int Relationships = 200;

    [Fact]
    public async Task ManySearchesInARow_EachAnswerLikeAFreshBreadthFirstSearch()
    {
        var random = new Random(7);
        var edges = new List<(int A, int B)>();
        for (var i = 0; i < Relationships; i++)
        {
            edges.Add((random.Next(Nodes), random.Next(Nodes)));
        }
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        await db.QueryAsync(new Query("UNWIND range(0, " + (Nodes - 1) + ") AS i CREATE (:N {i: i})"));
        await db.QueryAsync(
            new Query(
                "UNWIND ["
                    + string.Join(",", edges.Select(e => $"[{e.A},{e.B}]"))
                    + "] AS e MATCH (a:N {i: e[0]}), (b:N {i: e[1]}) CREATE (a)-[:R]->(b)"
            )
        );
        var pairs = new List<(int A, int B)>();
        for (var i = 0; i < 150; i++)
        {
            var a = random.Next(Nodes);
            var b = random.Next(Nodes);
            if (a != b)
            {
                pairs.Add((a, b));
            }
        }
        var list = "[" + string.Join(",", pairs.Select(p => $"[{p.A},{p.B}]")) + "]";

        var lengths = await RowsAsync(
            db,
            "UNWIND "
                + list
                + " AS p MATCH (a:N {i: p[0]}), (b:N {i: p[1]}) "
                + "OPTIONAL MATCH s = shortestPath((a)-[*..30]-(b)) RETURN coalesce(length(s), -1)"
        );
        var counts = await RowsAsync(
            db,
            "WITH "
                + list
                + " AS ps UNWIND range(0, size(ps) - 1) AS k WITH k, ps[k] AS p "
                + "MATCH (a:N {i: p[0]}), (b:N {i: p[1]}) "
                + "OPTIONAL MATCH s = allShortestPaths((a)-[*..30]-(b)) WITH k, count(s) AS c ORDER BY k RETURN c"
        );

        var expectedLengths = pairs.Select(p => Bfs(edges, p.A, p.B).Length.ToString(CultureInfo.InvariantCulture));
        var expectedCounts = pairs.Select(p => Bfs(edges, p.A, p.B).Count.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expectedLengths, lengths);
        Assert.Equal(expectedCounts, counts);
        Assert.Contains(lengths, l => int.Parse(l, CultureInfo.InvariantCulture) >= 3);
    }

    /// <summary>Shortest length (-1: none) and the number of shortest relationship sequences, undirected, no repeated relationship.</summary>
    private static (int Length, long Count) Bfs(List<(int A, int B)> edges, int from, int to)
    {
        var depth = new int[Nodes];
        var ways = new long[Nodes];
        Array.Fill(depth, -1);
        depth[from] = 0;
        ways[from] = 1;
        var frontier = new List<int> { from };
        while (frontier.Count > 0 && depth[to] < 0)
        {
            var next = new List<int>();
            foreach (var u in frontier)
            {
                foreach (var (a, b) in edges)
                {
                    // a self-loop never lies on a shortest path between two different nodes
                    if (a == b || (a != u && b != u))
                    {
                        continue;
                    }
                    var v = a == u ? b : a;
                    if (depth[v] < 0)
                    {
                        depth[v] = depth[u] + 1;
                        next.Add(v);
                    }
                    if (depth[v] == depth[u] + 1)
                    {
                        ways[v] += ways[u];
                    }
                }
            }
            frontier = next;
        }
        return depth[to] < 0 ? (-1, 0) : (depth[to], ways[to]);
    }
}
