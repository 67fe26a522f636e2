using System.Globalization;
using System.Text;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Tests.Features;

/// <summary>
/// The count-store fast path (<c>NodeCountFromCountStore</c> / <c>RelationshipCountFromCountStore</c>):
/// for every supported shape EXPLAIN shows the operator, and its answer equals the generic plan's on
/// random graphs with creates and deletes, inside a write transaction with uncommitted changes (and
/// after its rollback), and after reopening a durable store. Shapes it must not take keep the generic plan.
/// </summary>
public sealed class CountStoreTests : IDisposable
{
    private const string NodeOp = "NodeCountFromCountStore";
    private const string RelOp = "RelationshipCountFromCountStore";

    /// <summary>(fast query, the same question forced through the generic plan by a no-op filter, operator, ordered).</summary>
    private static readonly (string Fast, string Generic, string Op, bool Ordered)[] s_shapes =
    [
        (
            "MATCH ()-[r]->() RETURN count(*) AS c",
            "MATCH ()-[r]->() WHERE r IS NOT NULL RETURN count(*) AS c",
            RelOp,
            true
        ),
        (
            "MATCH ()-[r]->() RETURN count(r) AS c",
            "MATCH ()-[r]->() WHERE r IS NOT NULL RETURN count(r) AS c",
            RelOp,
            true
        ),
        ("MATCH ()<-[r]-() RETURN count(r)", "MATCH ()<-[r]-() WHERE r IS NOT NULL RETURN count(r)", RelOp, true),
        (
            "MATCH (a)-[r]->(b) RETURN count(b) AS c",
            "MATCH (a)-[r]->(b) WHERE b IS NOT NULL RETURN count(b) AS c",
            RelOp,
            true
        ),
        (
            "MATCH ()-[r:T0]->() RETURN count(r) AS c",
            "MATCH ()-[r:T0]->() WHERE r IS NOT NULL RETURN count(r) AS c",
            RelOp,
            true
        ),
        (
            "MATCH ()-[r:T3]->() RETURN count(*) AS c",
            "MATCH ()-[r:T3]->() WHERE r IS NOT NULL RETURN count(*) AS c",
            RelOp,
            true
        ),
        (
            "MATCH ()-[r:T1|T2]->() RETURN count(r) AS c",
            "MATCH ()-[r:T1|T2]->() WHERE r IS NOT NULL RETURN count(r) AS c",
            RelOp,
            true
        ),
        (
            "MATCH ()-[r:Missing]->() RETURN count(r) AS c",
            "MATCH ()-[r:Missing]->() WHERE r IS NOT NULL RETURN count(r) AS c",
            RelOp,
            true
        ),
        ("MATCH (n) RETURN count(n) AS c", "MATCH (n) WHERE n IS NOT NULL RETURN count(n) AS c", NodeOp, true),
        ("MATCH (n:L0) RETURN count(*) AS c", "MATCH (n:L0) WHERE n IS NOT NULL RETURN count(*) AS c", NodeOp, true),
        ("MATCH (n:L2) RETURN count(n) AS c", "MATCH (n:L2) WHERE n IS NOT NULL RETURN count(n) AS c", NodeOp, true),
        (
            "MATCH (n:Missing) RETURN count(n) AS c",
            "MATCH (n:Missing) WHERE n IS NOT NULL RETURN count(n) AS c",
            NodeOp,
            true
        ),
        (
            "MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t",
            "MATCH ()-[r]->() WHERE r IS NOT NULL RETURN type(r) AS t, count(*) AS c ORDER BY t",
            RelOp,
            true
        ),
        (
            "MATCH ()-[r]->() RETURN type(r) AS kind, count(r) AS n, count(*) AS m",
            "MATCH ()-[r]->() WHERE r IS NOT NULL RETURN type(r) AS kind, count(r) AS n, count(*) AS m",
            RelOp,
            false
        ),
        (
            "MATCH ()-[r]->() RETURN type(r) AS kind, count(*) * 10 AS n ORDER BY n DESC, kind LIMIT 2",
            "MATCH ()-[r]->() WHERE r IS NOT NULL RETURN type(r) AS kind, count(*) * 10 AS n ORDER BY n DESC, kind LIMIT 2",
            RelOp,
            true
        ),
        (
            "MATCH ()-[r:T0|T3]->() RETURN type(r) AS t, count(*) AS c ORDER BY t",
            "MATCH ()-[r:T0|T3]->() WHERE r IS NOT NULL RETURN type(r) AS t, count(*) AS c ORDER BY t",
            RelOp,
            true
        ),
        (
            "MATCH ()-[r]->() WITH type(r) AS t, count(*) AS c WHERE c > 0 RETURN t, c ORDER BY t",
            "MATCH ()-[r]->() WHERE r IS NOT NULL WITH type(r) AS t, count(*) AS c WHERE c > 0 RETURN t, c ORDER BY t",
            RelOp,
            true
        ),
    ];

    /// <summary>Shapes the count store cannot answer: they keep the generic plan (and stay right).</summary>
    private static readonly (string Query, string Reference)[] s_notTaken =
    [
        ("MATCH ()-[r]-() RETURN count(r) AS c", "MATCH ()-[r]-() WHERE r IS NOT NULL RETURN count(r) AS c"),
        ("MATCH (:L0)-[r]->() RETURN count(r) AS c", "MATCH (a:L0)-[r]->() WHERE a IS NOT NULL RETURN count(r) AS c"),
        ("MATCH ()-[r]->(:L1) RETURN count(r) AS c", "MATCH ()-[r]->(b:L1) WHERE b IS NOT NULL RETURN count(r) AS c"),
        ("MATCH ()-[r {w: 1}]->() RETURN count(r) AS c", "MATCH ()-[r]->() WHERE r.w = 1 RETURN count(r) AS c"),
        ("MATCH (n:L0:L1) RETURN count(n) AS c", "MATCH (n) WHERE n:L0 AND n:L1 RETURN count(n) AS c"),
        ("MATCH (n {i: 3}) RETURN count(n) AS c", "MATCH (n) WHERE n.i = 3 RETURN count(n) AS c"),
        ("MATCH (a)-[r]->(a) RETURN count(r) AS c", "MATCH (a)-[r]->(b) WHERE a = b RETURN count(r) AS c"),
        (
            "MATCH ()-[r]->() RETURN count(DISTINCT type(r)) AS c",
            "MATCH ()-[r]->() WITH DISTINCT type(r) AS t RETURN count(t) AS c"
        ),
        ("OPTIONAL MATCH (n:Missing) RETURN count(*) AS c", "RETURN 1 AS c"),
        ("UNWIND [1, 2] AS x MATCH (n) RETURN count(n) AS c", "MATCH (n) RETURN 2 * count(n) AS c"),
    ];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "esg-counts-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private delegate Task<(List<string> Rows, PlanDescription? Plan)> Runner(string query);

    private static Runner On(IGraphDatabase db) =>
        async query =>
        {
            var (records, summary) = await db.QueryAsync(new Query(query));
            return (Render(records), summary.Plan);
        };

    private static Runner On(IGraphTransaction tx) =>
        async query =>
        {
            var result = await tx.RunAsync(new Query(query));
            var records = new List<Graph.Database.Record>();
            while (await result.NextAsync() is { } record)
            {
                records.Add(record);
            }
            var summary = await result.ConsumeAsync();
            return (Render(records), summary.Plan);
        };

    private static List<string> Render(IEnumerable<Graph.Database.Record> records) =>
        [.. records.Select(r => string.Join(" | ", r.Values.Select(CypherLiteral.Render)))];

    private static string Operators(PlanDescription? plan) =>
        plan is null ? string.Empty : plan.OperatorType + " " + string.Concat(plan.Children.Select(Operators));

    /// <summary>Every shape: the fast plan is taken and answers like the generic one; the others are not taken.</summary>
    private static async Task AssertAllShapes(Runner run, int minRelationships)
    {
        var (total, _) = await run("MATCH ()-[r]->() WHERE r IS NOT NULL RETURN count(r)");
        Assert.True(long.Parse(Assert.Single(total), CultureInfo.InvariantCulture) >= minRelationships);
        foreach (var (fast, generic, op, ordered) in s_shapes)
        {
            var (_, fastPlan) = await run("EXPLAIN " + fast);
            Assert.Contains(op, Operators(fastPlan), StringComparison.Ordinal);
            Assert.DoesNotContain("Expand", Operators(fastPlan), StringComparison.Ordinal);
            var (_, genericPlan) = await run("EXPLAIN " + generic);
            Assert.DoesNotContain("CountStore", Operators(genericPlan), StringComparison.Ordinal);
            var (expected, _) = await run(generic);
            var (actual, _) = await run(fast);
            if (!ordered)
            {
                expected.Sort(StringComparer.Ordinal);
                actual.Sort(StringComparer.Ordinal);
            }
            Assert.True(
                expected.SequenceEqual(actual),
                $"{fast}: expected [{string.Join("; ", expected)}] but got [{string.Join("; ", actual)}]"
            );
        }
        foreach (var (query, reference) in s_notTaken)
        {
            var (_, plan) = await run("EXPLAIN " + query);
            Assert.DoesNotContain("CountStore", Operators(plan), StringComparison.Ordinal);
            var (expected, _) = await run(reference);
            var (actual, _) = await run(query);
            Assert.Equal(expected, actual);
        }
        // a type whose relationships were all deleted is not a group
        var (groups, _) = await run("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c");
        Assert.DoesNotContain(groups, g => g.StartsWith("'T4'", StringComparison.Ordinal));
    }

    /// <summary>Random nodes (labels L0..L2, some with two) and relationships (types T0..T4, self-loops included); then deletes.</summary>
    private static async Task BuildRandomGraph(Runner run, int seed, int nodes, int relationships)
    {
        var random = new Random(seed);
        var offset = seed * 100_000;
        for (var l = 0; l < 3; l++)
        {
            var ids = Enumerable.Range(0, nodes).Where(i => i % 3 == l).Select(i => offset + i);
            await run($"UNWIND [{string.Join(", ", ids)}] AS i CREATE (:L{l} {{i: i}})");
        }
        await run($"MATCH (n:L0) WHERE n.i % 5 = 0 SET n:L1");
        await run($"UNWIND range({offset + nodes}, {offset + nodes + 4}) AS i CREATE ({{i: i}})");
        var total = nodes + 5;
        for (var t = 0; t < 5; t++)
        {
            var pairs = new StringBuilder();
            for (var k = 0; k < relationships / 5 + random.Next(relationships / 5); k++)
            {
                var a = offset + random.Next(total);
                var b = random.Next(10) == 0 ? a : offset + random.Next(total);
                pairs
                    .Append(pairs.Length == 0 ? "" : ", ")
                    .Append(CultureInfo.InvariantCulture, $"[{a}, {b}, {k % 3}]");
            }
            await run(
                $"UNWIND [{pairs}] AS p MATCH (a {{i: p[0]}}), (b {{i: p[1]}}) CREATE (a)-[:T{t} {{w: p[2]}}]->(b)"
            );
        }
        // deletes: some relationships, some nodes with their relationships, and every T4
        await run($"MATCH ()-[r]->() WHERE r.w = 2 AND id(r) % 2 = 0 DELETE r");
        await run($"MATCH (n) WHERE n.i >= {offset} AND n.i % 7 = {random.Next(7)} DETACH DELETE n");
        await run("MATCH ()-[r:T4]->() DELETE r");
    }

    [Fact]
    public async Task CountStore_AnswersLikeGenericPlan_OnRandomGraphsWithCreatesAndDeletes()
    {
        foreach (var seed in new[] { 1, 2, 3 })
        {
            await using var db = EmbeddedGraphDatabase.CreateInMemory();
            await AssertAllShapes(On(db), 0); // empty graph
            await BuildRandomGraph(On(db), seed, 60 + seed * 20, 150);
            await AssertAllShapes(On(db), 50);
        }
    }

    [Fact]
    public async Task CountStore_SeesUncommittedChanges_InsideWriteTransaction_AndNotAfterRollback()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        await BuildRandomGraph(On(db), 4, 90, 150);
        var (before, _) = await On(db)("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t");
        await using (var tx = await db.BeginTransactionAsync())
        {
            var run = On(tx);
            await BuildRandomGraph(run, 5, 70, 150);
            await run("CREATE (:L2)-[:T5]->(:L0)");
            var (inside, _) = await run("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t");
            Assert.NotEqual(before, inside);
            Assert.Contains("'T5' | 1", inside);
            await AssertAllShapes(run, 100);
            await tx.RollbackAsync();
        }
        var (after, _) = await On(db)("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t");
        Assert.Equal(before, after);
        await AssertAllShapes(On(db), 50);
        await using (var tx = await db.BeginTransactionAsync())
        {
            await On(tx)("MATCH ()-[r:T0]->() DELETE r");
            var (inside, _) = await On(tx)("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t");
            Assert.DoesNotContain(inside, g => g.StartsWith("'T0'", StringComparison.Ordinal));
            await AssertAllShapes(On(tx), 20);
            await tx.CommitAsync();
        }
        await AssertAllShapes(On(db), 20);
    }

    [Fact]
    public async Task CountStore_AnswersLikeGenericPlan_AfterReopeningDurableStore()
    {
        var dir = Path.Combine(_root, "db");
        await using (var db = EmbeddedGraphDatabase.Open(dir, new EmbeddedOptions { SyncCommits = false }))
        {
            await BuildRandomGraph(On(db), 6, 100, 200);
            await AssertAllShapes(On(db), 50);
        }
        await using (var db = EmbeddedGraphDatabase.Open(dir, new EmbeddedOptions { SyncCommits = false }))
        {
            await AssertAllShapes(On(db), 50);
            await BuildRandomGraph(On(db), 7, 60, 100);
        }
        await using (var db = EmbeddedGraphDatabase.Open(dir, new EmbeddedOptions { SyncCommits = false }))
        {
            await AssertAllShapes(On(db), 80);
        }
    }
}
