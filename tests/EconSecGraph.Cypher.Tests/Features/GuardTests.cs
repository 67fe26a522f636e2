using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using static EconSecGraph.Cypher.Tests.Features.CypherRunner;

namespace EconSecGraph.Cypher.Tests.Features;

/// <summary>Timeouts and memory bounds on the paths not covered by EngineGuardTests: path enumeration, writes, collect, unread results.</summary>
public sealed class GuardTests
{
    [Fact]
    public async Task Timeout_StopsExhaustiveShortestPathSearch()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        // A clique of 12 nodes has astronomically many trails; an unsatisfiable whole-path predicate makes
        // shortestPath enumerate them by increasing length until the timeout stops it.
        await db.QueryAsync(
            new Query(
                "UNWIND range(1, 12) AS i CREATE (:C {i: i}) WITH 1 AS x MATCH (a:C), (b:C) WHERE a.i < b.i CREATE (a)-[:E]->(b)"
            )
        );
        var config = new TransactionConfig { Timeout = TimeSpan.FromMilliseconds(300) };
        var e = await Assert.ThrowsAnyAsync<CypherException>(() =>
            db.QueryAsync(
                new Query(
                    "MATCH (a:C {i: 1}), (b:C {i: 2}) MATCH p = shortestPath((a)-[:E*]-(b)) WHERE length(p) > 1000 RETURN p"
                ),
                config
            )
        );
        Assert.Equal(Neo4jStatusCodes.TransactionTimedOut, e.Code);
    }

    [Fact]
    public async Task Timeout_RunawayWrite_RollsBackEverything()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        await db.QueryAsync(new Query("UNWIND range(1, 200) AS i CREATE (:N {i: i})"));
        var config = new TransactionConfig { Timeout = TimeSpan.FromMilliseconds(300) };
        var e = await Assert.ThrowsAnyAsync<CypherException>(() =>
            db.QueryAsync(new Query("MATCH (a:N), (b:N), (c:N), (d:N) CREATE (:Copy {i: a.i})"), config)
        );
        Assert.Equal(Neo4jStatusCodes.TransactionTimedOut, e.Code);
        Assert.Equal("0", await ScalarAsync(db, "MATCH (c:Copy) RETURN count(c)"));
    }

    [Fact]
    public async Task MemoryCap_Collect_FailsClearly()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory(new EmbeddedOptions { MaxBufferedRows = 1000 });
        var e = await Assert.ThrowsAnyAsync<CypherException>(() =>
            db.QueryAsync(new Query("UNWIND range(1, 100000) AS i RETURN collect(i) AS all"))
        );
        Assert.Equal(Neo4jStatusCodes.MemoryPoolOutOfMemory, e.Code);
        Assert.Contains("MaxBufferedRows", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MemoryCap_UnreadResultBufferedForNextStatement_FailsClearly()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory(new EmbeddedOptions { MaxBufferedRows = 1000 });
        await using var tx = await db.BeginTransactionAsync();
        _ = await tx.RunAsync(new Query("UNWIND range(1, 100000) AS i RETURN i"));
        // Running the next statement must first set the unread rows aside: bounded like any buffer.
        var e = await Assert.ThrowsAnyAsync<CypherException>(() => tx.RunAsync(new Query("RETURN 1")));
        Assert.Equal(Neo4jStatusCodes.MemoryPoolOutOfMemory, e.Code);
    }

    [Fact]
    public async Task MemoryCap_PerTransactionMaxResultRows_Applies()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var config = new TransactionConfig { MaxResultRows = 50 };
        var e = await Assert.ThrowsAnyAsync<CypherException>(() =>
            db.QueryAsync(new Query("UNWIND range(1, 1000) AS i RETURN i ORDER BY i DESC"), config)
        );
        Assert.Equal(Neo4jStatusCodes.MemoryPoolOutOfMemory, e.Code);
    }
}
