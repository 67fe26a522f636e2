using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using static EconSecGraph.Cypher.Tests.Features.CypherRunner;

namespace EconSecGraph.Cypher.Tests.Features;

/// <summary>FOREACH: updates per list element, nested, over null, variable scope.</summary>
public sealed class ForeachTests
{
    [Fact]
    public async Task Foreach_List_CreatesOneNodePerElement()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var summary = await SummaryAsync(db, "FOREACH (i IN range(1, 3) | CREATE (:F {i: i}))");
        Assert.Equal(3, summary.Counters.NodesCreated);
        Assert.Equal(QueryType.WriteOnly, summary.QueryType);
        Assert.Equal("[1, 2, 3]", await ScalarAsync(db, "MATCH (f:F) WITH f ORDER BY f.i RETURN collect(f.i)"));
    }

    [Fact]
    public async Task Foreach_Nested_RunsInnerForEveryOuterElement()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        await db.QueryAsync(
            new Query("FOREACH (a IN ['x', 'y'] | FOREACH (b IN [1, 2] | CREATE (:G {k: a + toString(b)})))")
        );
        Assert.Equal(
            "['x1', 'x2', 'y1', 'y2']",
            await ScalarAsync(db, "MATCH (g:G) WITH g ORDER BY g.k RETURN collect(g.k)")
        );
    }

    [Fact]
    public async Task Foreach_NullList_DoesNothing()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var summary = await SummaryAsync(db, "FOREACH (i IN null | CREATE (:F))");
        Assert.Equal(0, summary.Counters.NodesCreated);
    }

    [Fact]
    public async Task Foreach_OverPathNodes_SetsEveryNode()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        await db.QueryAsync(new Query("CREATE (:N {i: 1})-[:T]->(:N {i: 2})-[:T]->(:N {i: 3})"));
        await db.QueryAsync(
            new Query("MATCH p = (:N {i: 1})-[:T*]->(:N {i: 3}) FOREACH (n IN nodes(p) | SET n.marked = true)")
        );
        Assert.Equal("3", await ScalarAsync(db, "MATCH (n:N {marked: true}) RETURN count(n)"));
    }

    [Fact]
    public async Task Foreach_Merge_CreatesEachValueOnce()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        await db.QueryAsync(new Query("FOREACH (k IN ['a', 'b', 'a'] | MERGE (:M {k: k}))"));
        Assert.Equal("2", await ScalarAsync(db, "MATCH (m:M) RETURN count(m)"));
    }

    [Fact]
    public async Task Foreach_Variable_IsNotVisibleAfterwards()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var e = await Assert.ThrowsAnyAsync<CypherException>(() =>
            db.QueryAsync(new Query("FOREACH (x IN [1] | CREATE ()) RETURN x"))
        );
        Assert.Equal(Neo4jStatusCodes.SyntaxError, e.Code);
        Assert.Equal("UndefinedVariable", e.Detail);
        Assert.Equal("0", await ScalarAsync(db, "MATCH (n) RETURN count(n)"));
    }
}
