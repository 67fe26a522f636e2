using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using static EconSecGraph.Cypher.Tests.Features.CypherRunner;

namespace EconSecGraph.Cypher.Tests.Features;

/// <summary>CALL { … } subqueries and CALL { … } IN TRANSACTIONS, with Neo4j 5's documented results.</summary>
public sealed class SubqueryTests
{
    [Fact]
    public async Task CallSubquery_ImportingWith_RunsOncePerOuterRow()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        Assert.Equal(
            ["1 | 10", "2 | 20", "3 | 30"],
            await RowsAsync(db, "UNWIND [1, 2, 3] AS x CALL { WITH x RETURN x * 10 AS y } RETURN x, y ORDER BY x")
        );
    }

    [Fact]
    public async Task CallSubquery_ScopeClause_ImportsVariables()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        Assert.Equal(
            ["1 | 11", "2 | 12"],
            await RowsAsync(db, "UNWIND [1, 2] AS x CALL (x) { RETURN x + 10 AS y } RETURN x, y ORDER BY x")
        );
    }

    [Fact]
    public async Task CallSubquery_Aggregation_IsPerOuterRow()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        Assert.Equal(
            ["[1, 2] | 3", "[3] | 3", "[] | 0"],
            await RowsAsync(
                db,
                "UNWIND [[1, 2], [3], []] AS l CALL { WITH l UNWIND l AS i RETURN count(i) AS c, coalesce(sum(i), 0) AS s } RETURN l, s"
            )
        );
    }

    [Fact]
    public async Task CallSubquery_Union_ReturnsRowsOfBothBranches()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        Assert.Equal(["1", "2"], await RowsAsync(db, "CALL { RETURN 1 AS a UNION RETURN 2 AS a } RETURN a ORDER BY a"));
    }

    [Fact]
    public async Task CallSubquery_NoRows_RemovesTheOuterRow()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        Assert.Empty(await RowsAsync(db, "UNWIND [1, 2] AS x CALL { WITH x MATCH (n:Nope) RETURN n } RETURN x"));
    }

    [Fact]
    public async Task CallSubquery_UnitWrite_KeepsOuterRowsAndWrites()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var (records, summary) = await db.QueryAsync(
            new Query("UNWIND [1, 2, 3] AS x CALL { WITH x CREATE (:S {x: x}) } RETURN count(*) AS c")
        );
        Assert.Equal("3", records[0]["c"].ToString());
        Assert.Equal(3, summary.Counters.NodesCreated);
        Assert.Equal("[1, 2, 3]", await ScalarAsync(db, "MATCH (s:S) WITH s ORDER BY s.x RETURN collect(s.x)"));
    }

    [Fact]
    public async Task CallSubquery_OuterVariableNotImported_IsUndefined()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var e = await Assert.ThrowsAnyAsync<CypherException>(() =>
            db.QueryAsync(new Query("WITH 1 AS x CALL { RETURN x AS y } RETURN y"))
        );
        Assert.Equal(Neo4jStatusCodes.SyntaxError, e.Code);
        Assert.Equal("UndefinedVariable", e.Detail);
    }

    [Fact]
    public async Task CallInTransactions_WritesEveryBatch()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        await db.QueryAsync(
            new Query("UNWIND range(1, 5) AS i CALL { WITH i CREATE (:B {i: i}) } IN TRANSACTIONS OF 2 ROWS")
        );
        Assert.Equal("[1, 2, 3, 4, 5]", await ScalarAsync(db, "MATCH (b:B) WITH b ORDER BY b.i RETURN collect(b.i)"));
    }

    [Fact]
    public async Task CallInTransactions_ExplicitTransaction_IsRejected()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        await using var tx = await db.BeginTransactionAsync();
        var e = await Assert.ThrowsAnyAsync<CypherException>(async () =>
            await (
                await tx.RunAsync(new Query("UNWIND [1] AS i CALL { WITH i CREATE (:B) } IN TRANSACTIONS"))
            ).ConsumeAsync()
        );
        Assert.Equal(Neo4jStatusCodes.TransactionStartFailed, e.Code);
        Assert.Contains("implicit transaction", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallInTransactions_FailingBatch_FailsTheQuery()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var e = await Assert.ThrowsAnyAsync<CypherException>(() =>
            db.QueryAsync(
                new Query("UNWIND [1, 2, 0] AS i CALL { WITH i CREATE (:B {v: 1 / i}) } IN TRANSACTIONS OF 1 ROW")
            )
        );
        Assert.Equal(Neo4jStatusCodes.ArithmeticError, e.Code);
    }
}
