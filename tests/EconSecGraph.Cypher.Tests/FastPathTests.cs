using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Values;
using Record = EconSecGraph.Graph.Database.Record;

namespace EconSecGraph.Cypher.Tests;

/// <summary>
/// The planner's fast paths (count(DISTINCT m) by BFS, CONTAINS through an index, bidirectional
/// allShortestPaths, cached plans) must answer exactly what the general plans answer, on random graphs.
/// </summary>
public sealed class FastPathTests
{
    private static async Task<List<Record>> Run(
        EmbeddedGraphDatabase db,
        string text,
        params (string Key, object? Value)[] parameters
    )
    {
        var query = Query.Create(text, parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        var (records, _) = await db.QueryAsync(query);
        return [.. records];
    }

    private static async Task<long> Count(EmbeddedGraphDatabase db, string text, params (string, object?)[] p) =>
        ((CypherInteger)(await Run(db, text, p))[0][0]).Value;

    /// <summary>A random multigraph with self-loops and parallel relationships of two types.</summary>
    private static async Task<EmbeddedGraphDatabase> RandomGraph(int seed, int nodes, int rels)
    {
        var db = EmbeddedGraphDatabase.CreateInMemory();
        var random = new Random(seed);
        var edges = Enumerable
            .Range(0, rels)
            .Select(_ =>
                (object?)
                    new Dictionary<string, object?>(StringComparer.Ordinal)
                    {
                        ["a"] = (long)random.Next(nodes),
                        ["b"] = (long)random.Next(nodes),
                        ["t"] = random.Next(2),
                    }
            )
            .ToList();
        await Run(db, "UNWIND range(0, $n - 1) AS i CREATE (:N {id: i, name: 'n' + toString(i * 7)})", ("n", nodes));
        await Run(
            db,
            "UNWIND $edges AS e MATCH (a:N {id: e.a}), (b:N {id: e.b}) "
                + "FOREACH (_ IN CASE WHEN e.t = 0 THEN [1] ELSE [] END | CREATE (a)-[:T]->(b)) "
                + "FOREACH (_ IN CASE WHEN e.t = 1 THEN [1] ELSE [] END | CREATE (a)-[:U]->(b))",
            ("edges", edges)
        );
        return db;
    }

    [Theory]
    [InlineData("(n)--(m)", "")]
    [InlineData("(n)-->(m)", "")]
    [InlineData("(n)<-[:T]-(m)", "")]
    [InlineData("(n)--(m)", "WHERE m <> n")]
    [InlineData("(n)-[*1..2]-(m)", "WHERE m <> n")]
    [InlineData("(n)-[*..3]->(m)", "WHERE n <> m")]
    [InlineData("(n)-[:U*0..2]-(m)", "")]
    [InlineData("(n)-[*0..2]-(m)", "WHERE m <> n")]
    [InlineData("(n)-[*1..2]-(m)", "")]
    [InlineData("(n)-[*2..3]-(m)", "WHERE m <> n")]
    public async Task CountDistinctEnd_AgreesWithGeneralPlan(string pattern, string where)
    {
        for (var seed = 1; seed <= 4; seed++)
        {
            await using var db = await RandomGraph(seed, 40, 70);
            foreach (var start in new long[] { 0, 1, 7, 13, 39 })
            {
                var match = $"MATCH (n:N {{id: $id}}) MATCH {pattern} {where} ";
                var fast = await Count(db, match + "RETURN count(DISTINCT m)", ("id", start));
                var general = await Count(db, match + "WITH DISTINCT m RETURN count(*)", ("id", start));
                Assert.Equal(general, fast);
            }
            // many start rows: DISTINCT is over all of them
            var all = await Count(db, $"MATCH {pattern} {where} RETURN count(DISTINCT m)");
            var allGeneral = await Count(db, $"MATCH {pattern} {where} WITH DISTINCT m RETURN count(*)");
            Assert.Equal(allGeneral, all);
        }
    }

    [Fact]
    public async Task CountDistinctEnd_IsChosenOnlyForItsShape()
    {
        await using var db = await RandomGraph(5, 10, 20);
        var (_, summary) = await db.QueryAsync(
            new Query("EXPLAIN MATCH (n:N {id: 0})-[*1..2]-(m) WHERE m <> n RETURN count(DISTINCT m)")
        );
        Assert.Contains("DistinctEndCount", Describe(summary.Plan!), StringComparison.Ordinal);
        (_, summary) = await db.QueryAsync(
            new Query("EXPLAIN MATCH (n:N {id: 0})-[*1..2]-(m:N) WHERE m <> n RETURN count(DISTINCT m)")
        );
        Assert.DoesNotContain("DistinctEndCount", Describe(summary.Plan!), StringComparison.Ordinal);
    }

    private static string Describe(PlanDescription plan) =>
        plan.OperatorType + "(" + string.Join(",", plan.Children.Select(Describe)) + ")";

    [Fact]
    public async Task AllShortestPaths_EqualsTheShortestTrailsOfVarLength()
    {
        for (var seed = 1; seed <= 5; seed++)
        {
            await using var db = await RandomGraph(seed, 30, 45);
            foreach (var (a, b) in new (long, long)[] { (0, 1), (2, 17), (5, 29), (11, 3) })
            {
                var reference = await Run(
                    db,
                    "MATCH p = (a:N {id: $a})-[*1..6]-(b:N {id: $b}) WITH min(length(p)) AS l "
                        + "MATCH q = (a:N {id: $a})-[*1..6]-(b:N {id: $b}) WHERE length(q) = l "
                        + "RETURN [r IN relationships(q) | id(r)] AS rels",
                    ("a", a),
                    ("b", b)
                );
                var fast = await Run(
                    db,
                    "MATCH (a:N {id: $a}), (b:N {id: $b}) MATCH q = allShortestPaths((a)-[*..6]-(b)) "
                        + "RETURN [r IN relationships(q) | id(r)] AS rels",
                    ("a", a),
                    ("b", b)
                );
                Assert.Equal(
                    reference.Select(r => r[0].ToString()).Order(StringComparer.Ordinal),
                    fast.Select(r => r[0].ToString()).Order(StringComparer.Ordinal)
                );
            }
        }
    }

    [Fact]
    public async Task Contains_ThroughIndexEqualsScan()
    {
        await using var db = await RandomGraph(7, 300, 10);
        var fragments = new[] { "7", "14", "0", "n1", "99", "xyz", "" };
        var scan = new List<string>();
        foreach (var f in fragments)
        {
            var rows = await Run(db, "MATCH (n:N) WHERE n.name CONTAINS $s RETURN n.id AS id ORDER BY id", ("s", f));
            scan.Add(string.Join(",", rows.Select(r => r[0].ToString())));
        }
        foreach (var (createText, f) in new[] { ("7", 0), ("n1", 3) })
        {
            // a TEXT index serves CONTAINS too (same answers as the scan)
            await Run(db, "CREATE TEXT INDEX n_text IF NOT EXISTS FOR (n:N) ON (n.name)");
            var rows = await Run(
                db,
                "MATCH (n:N) WHERE n.name CONTAINS $s RETURN n.id AS id ORDER BY id",
                ("s", createText)
            );
            Assert.Equal(scan[f], string.Join(",", rows.Select(r => r[0].ToString())));
        }
        await Run(db, "DROP INDEX n_text");
        await Run(db, "CREATE INDEX n_name FOR (n:N) ON (n.name)");
        await Run(db, "CREATE (:N {id: 1000, name: 12345}), (:N {id: 1001})");
        for (var i = 0; i < fragments.Length; i++)
        {
            var rows = await Run(
                db,
                "MATCH (n:N) WHERE n.name CONTAINS $s RETURN n.id AS id ORDER BY id",
                ("s", fragments[i])
            );
            Assert.Equal(scan[i], string.Join(",", rows.Select(r => r[0].ToString())));
            var expected = scan[i].Length == 0 ? 0 : scan[i].Split(',').Length;
            Assert.Equal(
                expected,
                await Count(db, "MATCH (n:N) WHERE n.name CONTAINS $s RETURN count(n)", ("s", fragments[i]))
            );
            Assert.Equal(
                await Count(
                    db,
                    "MATCH (n:N) WHERE n.name STARTS WITH $s WITH n WHERE true RETURN count(*)",
                    ("s", fragments[i])
                ),
                await Count(db, "MATCH (n:N) WHERE n.name STARTS WITH $s RETURN count(*)", ("s", fragments[i]))
            );
        }
        var (_, plan) = await db.QueryAsync(new Query("EXPLAIN MATCH (n:N) WHERE n.name CONTAINS 'a' RETURN count(n)"));
        Assert.Contains("NodeIndexSeekCount", Describe(plan.Plan!), StringComparison.Ordinal);
        // uncommitted writes are seen by the seek in the same transaction
        await using var tx = await db.BeginTransactionAsync();
        await (await tx.RunAsync(new Query("CREATE (:N {id: 2000, name: 'zz7zz'})"))).ConsumeAsync();
        var result = await tx.RunAsync(
            Query.Create(
                "MATCH (n:N) WHERE n.name CONTAINS $s RETURN count(n) AS c",
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["s"] = "zz7" }
            )
        );
        var rec = await result.NextAsync();
        Assert.Equal(CypherInteger.Of(1), rec![0]);
        await tx.RollbackAsync();
    }

    [Fact]
    public async Task FullTextCount_EqualsTheRowsOfTheQuery()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var random = new Random(11);
        var words = new[] { "Alpha", "beacon", "経済安全", "保障", "Delta", "echo" };
        var names = Enumerable
            .Range(0, 300)
            .Select(i => (object?)(words[random.Next(words.Length)] + " " + words[random.Next(words.Length)] + " " + i))
            .ToList();
        await Run(db, "CREATE FULLTEXT INDEX ft FOR (n:N) ON EACH [n.name, n.other]");
        await Run(db, "UNWIND $names AS name CREATE (:N {name: name})", ("names", names));
        await Run(db, "MATCH (n:N) WHERE n.name STARTS WITH 'echo' SET n.other = 'alpha beta'");
        foreach (
            var q in new[]
            {
                "alpha",
                "Alpha",
                "経済",
                "保障",
                "alpha beacon",
                "\"alpha beacon\"",
                "alph*",
                "alpha AND NOT echo",
                "name:alpha",
                "other:alpha",
                "nothing",
                "12",
            }
        )
        {
            var rows = await Count(
                db,
                "CALL db.index.fulltext.queryNodes('ft', $q) YIELD node, score WHERE score > -1 RETURN count(*)",
                ("q", q)
            );
            Assert.Equal(
                rows,
                await Count(db, "CALL db.index.fulltext.queryNodes('ft', $q) YIELD node RETURN count(node)", ("q", q))
            );
            Assert.Equal(
                rows,
                await Count(db, "CALL db.index.fulltext.queryNodes('ft', $q) YIELD node RETURN count(*)", ("q", q))
            );
            var limited = await Count(
                db,
                "CALL db.index.fulltext.queryNodes('ft', $q, {skip: 3, limit: 5}) YIELD node RETURN count(node)",
                ("q", q)
            );
            Assert.Equal(Math.Clamp(rows - 3, 0, 5), limited);
        }
        Assert.True(
            await Count(db, "CALL db.index.fulltext.queryNodes('ft', 'alpha') YIELD node RETURN count(node)") > 0
        );
    }
}
