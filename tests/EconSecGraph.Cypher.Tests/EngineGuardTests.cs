using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Cypher.Tests;

public sealed class EngineGuardTests
{
    [Fact]
    public async Task ReadAccessMode_RejectsWrites()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var ex = await Assert.ThrowsAsync<AccessModeException>(() =>
            db.QueryAsync(new Query("CREATE (:X)"), TransactionConfig.ReadOnly)
        );
        Assert.Equal(Neo4jStatusCodes.AccessMode, ex.Code);
        var (records, _) = await db.QueryAsync(new Query("MATCH (n) RETURN count(n) AS c"));
        Assert.Equal("0", records[0]["c"].ToString());
    }

    [Fact]
    public async Task Timeout_StopsCartesianProduct()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        await db.QueryAsync(new Query("UNWIND range(1, 300) AS i CREATE (:N {i: i})"));
        var config = new TransactionConfig { Timeout = TimeSpan.FromMilliseconds(200) };
        var ex = await Assert.ThrowsAsync<CypherException>(() =>
            db.QueryAsync(new Query("MATCH (a:N), (b:N), (c:N), (d:N) RETURN count(*)"), config)
        );
        Assert.Equal(Neo4jStatusCodes.TransactionTimedOut, ex.Code);
    }

    [Fact]
    public async Task Cancellation_StopsCartesianProduct()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        await db.QueryAsync(new Query("UNWIND range(1, 300) AS i CREATE (:N {i: i})"));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var ex = await Assert.ThrowsAsync<CypherException>(() =>
            db.QueryAsync(new Query("MATCH (a:N), (b:N), (c:N), (d:N) RETURN count(*)"), null, cts.Token)
        );
        Assert.Equal(Neo4jStatusCodes.TransactionTerminated, ex.Code);
    }

    [Fact]
    public async Task MemoryCap_FailsClearlyInsteadOfExhaustingMemory()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory(new EmbeddedOptions { MaxBufferedRows = 1000 });
        var ex = await Assert.ThrowsAsync<CypherException>(() =>
            db.QueryAsync(new Query("UNWIND range(1, 100000) AS i RETURN i ORDER BY i DESC"))
        );
        Assert.Equal(Neo4jStatusCodes.MemoryPoolOutOfMemory, ex.Code);
        var (ok, _) = await db.QueryAsync(new Query("UNWIND range(1, 100000) AS i RETURN i ORDER BY i DESC LIMIT 3"));
        Assert.Equal(["100000", "99999", "99998"], ok.Select(r => r["i"].ToString()));
    }

    [Fact]
    public async Task SyntaxError_NamesPosition()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var ex = await Assert.ThrowsAsync<CypherSyntaxException>(() => db.QueryAsync(new Query("MATCH (n)\nRETRUN n")));
        Assert.Equal(2, ex.Position?.Line);
        Assert.Equal(1, ex.Position?.Column);
    }

    [Fact]
    public async Task FailedStatement_FailsExplicitTransaction_AndChangesNothing()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        await using (var tx = await db.BeginTransactionAsync())
        {
            await (await tx.RunAsync(new Query("CREATE (:Kept)"))).ConsumeAsync();
            await Assert.ThrowsAnyAsync<CypherException>(async () =>
                await (await tx.RunAsync(new Query("RETURN 1 / 0"))).ConsumeAsync()
            );
            await Assert.ThrowsAnyAsync<CypherException>(() => tx.CommitAsync());
        }
        var (records, _) = await db.QueryAsync(new Query("MATCH (n) RETURN count(n) AS c"));
        Assert.Equal("0", records[0]["c"].ToString());
    }

    [Fact]
    public async Task SchemaAndDataWrites_CannotMixInOneTransaction()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        await using var tx = await db.BeginTransactionAsync();
        await (await tx.RunAsync(new Query("CREATE (:A {id: 1})"))).ConsumeAsync();
        var ex = await Assert.ThrowsAsync<CypherException>(() =>
            tx.RunAsync(new Query("CREATE INDEX a_id FOR (a:A) ON (a.id)"))
        );
        Assert.Equal(Neo4jStatusCodes.ForbiddenDueToTransactionType, ex.Code);
    }

    [Fact]
    public async Task Durability_DataSurvivesReopen()
    {
        var dir = Path.Combine(Path.GetTempPath(), "esg-engine-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var db = EmbeddedGraphDatabase.Open(dir))
            {
                await db.QueryAsync(new Query("CREATE (:Agency {name: 'METI'})-[:RUNS]->(:Program {name: 'Semis'})"));
            }
            await using (var db = EmbeddedGraphDatabase.Open(dir))
            {
                var (records, _) = await db.QueryAsync(
                    new Query("MATCH (a:Agency)-[:RUNS]->(p) RETURN a.name AS a, p.name AS p")
                );
                var row = Assert.Single(records);
                Assert.Equal("METI", row["a"].ToString());
                Assert.Equal("Semis", row["p"].ToString());
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task UnknownProcedure_IsProcedureNotFound()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var ex = await Assert.ThrowsAnyAsync<CypherException>(() => db.QueryAsync(new Query("CALL db.nope()")));
        Assert.Equal(Neo4jStatusCodes.ProcedureNotFound, ex.Code);
        var (ping, _) = await db.QueryAsync(new Query("CALL db.ping()"));
        Assert.Equal("true", ping[0]["success"].ToString());
    }

    [Fact]
    public async Task ShortestPath_FindsShortestRoute()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        await db.QueryAsync(
            new Query(
                "CREATE (a:P {n: 'a'})-[:K]->(:P {n: 'b'})-[:K]->(c:P {n: 'c'}), (a)-[:K]->(:P {n: 'x'})-[:K]->(:P {n: 'y'})-[:K]->(c)"
            )
        );
        var (records, _) = await db.QueryAsync(
            new Query(
                "MATCH (a:P {n: 'a'}), (c:P {n: 'c'}) MATCH p = shortestPath((a)-[:K*..10]-(c)) RETURN length(p) AS l, [x IN nodes(p) | x.n] AS ns"
            )
        );
        var row = Assert.Single(records);
        Assert.Equal("2", row["l"].ToString());
        Assert.Equal("[\"a\", \"b\", \"c\"]", row["ns"].ToString().Replace('\'', '"'));
    }
}
