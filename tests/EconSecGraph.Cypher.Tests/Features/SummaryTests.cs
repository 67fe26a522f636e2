using EconSecGraph.Graph.Database;
using static EconSecGraph.Cypher.Tests.Features.CypherRunner;

namespace EconSecGraph.Cypher.Tests.Features;

/// <summary>The result summary: query type (r / w / rw / s) and PROFILE rows per operator.</summary>
public sealed class SummaryTests
{
    [Theory]
    [InlineData("MATCH (n) RETURN n", QueryType.ReadOnly)]
    [InlineData("RETURN 1 AS x", QueryType.ReadOnly)]
    [InlineData("CREATE (:A)", QueryType.WriteOnly)]
    [InlineData("MATCH (n) SET n.x = 1", QueryType.WriteOnly)]
    [InlineData("CREATE (a:A) RETURN a", QueryType.ReadWrite)]
    [InlineData("MERGE (a:A {k: 1}) RETURN a.k", QueryType.ReadWrite)]
    [InlineData("CREATE INDEX i FOR (a:A) ON (a.k)", QueryType.SchemaWrite)]
    [InlineData("SHOW INDEXES", QueryType.ReadOnly)]
    [InlineData("CALL db.labels()", QueryType.ReadOnly)]
    public async Task QueryType_FollowsWhatTheQueryDoes(string query, QueryType expected)
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var summary = await SummaryAsync(db, query);
        Assert.Equal(expected, summary.QueryType);
    }

    [Fact]
    public async Task Profile_CountsRowsOfEveryOperator_IncludingProduceResults()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        await db.QueryAsync(new Query("UNWIND range(1, 10) AS i CREATE (:N {i: i})"));
        await using var result = await db.RunAsync(new Query("PROFILE MATCH (n:N) WHERE n.i > 6 RETURN n.i AS i"));
        var records = await result.ToListAsync();
        var summary = await result.ConsumeAsync();
        Assert.Equal(4, records.Count);
        Assert.True(summary.IsProfile);
        var top = summary.Plan!;
        Assert.Equal("ProduceResults", top.OperatorType);
        Assert.Equal(4, top.Rows);
        var all = Flatten(top).ToList();
        var filter = Assert.Single(all, p => p.OperatorType == "Filter");
        Assert.Equal(4, filter.Rows);
        var scan = Assert.Single(all, p => p.OperatorType.Contains("Scan", StringComparison.Ordinal));
        Assert.Equal(10, scan.Rows);
        Assert.All(all, p => Assert.NotNull(p.Rows));
    }

    [Fact]
    public async Task Profile_RowsCountedWhenReadOneByOne()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        await using var result = await db.RunAsync(new Query("PROFILE UNWIND range(1, 7) AS i RETURN i"));
        while (await result.NextAsync() is not null) { }
        var summary = await result.ConsumeAsync();
        Assert.Equal(7, summary.Plan!.Rows);
    }

    [Fact]
    public async Task Explain_HasPlanWithoutRows_AndRunsNothing()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var summary = await SummaryAsync(db, "EXPLAIN CREATE (:A)");
        Assert.NotNull(summary.Plan);
        Assert.Null(summary.Plan!.Rows);
        Assert.Equal("0", await ScalarAsync(db, "MATCH (n) RETURN count(n)"));
    }

    private static IEnumerable<PlanDescription> Flatten(PlanDescription p) => [p, .. p.Children.SelectMany(Flatten)];
}
