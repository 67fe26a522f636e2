using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using static EconSecGraph.Cypher.Tests.Features.CypherRunner;

namespace EconSecGraph.Cypher.Tests.Features;

/// <summary>The access-mode guard: in a read transaction every way of writing fails with AccessMode and writes nothing; reads work.</summary>
public sealed class AccessModeTests
{
    [Theory]
    [InlineData("CREATE (:X)")]
    [InlineData("MERGE (:X {k: 1})")]
    [InlineData("MATCH (n) SET n.k = 2")]
    [InlineData("MATCH (n) DETACH DELETE n")]
    [InlineData("MATCH (n) REMOVE n:A")]
    [InlineData("FOREACH (i IN [1] | CREATE (:X))")]
    [InlineData("UNWIND [1] AS i CALL { WITH i CREATE (:X) } RETURN i")]
    [InlineData("UNWIND [1] AS i CALL { WITH i CREATE (:X) } IN TRANSACTIONS")]
    [InlineData("CREATE INDEX x FOR (n:X) ON (n.k)")]
    [InlineData("DROP INDEX a_k")]
    public async Task ReadMode_AnyWrite_IsAccessModeError_AndChangesNothing(string query)
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        await db.QueryAsync(new Query("CREATE INDEX a_k FOR (n:A) ON (n.k)"));
        await db.QueryAsync(new Query("CREATE (:A {k: 1})"));
        var e = await Assert.ThrowsAnyAsync<CypherException>(() =>
            db.QueryAsync(new Query(query), TransactionConfig.ReadOnly)
        );
        Assert.Equal(Neo4jStatusCodes.AccessMode, e.Code);
        Assert.Equal("1", await ScalarAsync(db, "MATCH (n) RETURN count(n)"));
        Assert.Equal("[1]", await ScalarAsync(db, "MATCH (n:A) RETURN collect(n.k)"));
        Assert.Equal("1", await ScalarAsync(db, "SHOW INDEXES YIELD name WHERE name = 'a_k' RETURN count(*)"));
    }

    [Theory]
    [InlineData("MATCH (n) RETURN count(n)")]
    [InlineData("SHOW INDEXES")]
    [InlineData("CALL db.labels()")]
    [InlineData("EXPLAIN CREATE (:X)")]
    public async Task ReadMode_Reads_Work(string query)
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        await db.QueryAsync(new Query(query), TransactionConfig.ReadOnly);
        Assert.Equal("0", await ScalarAsync(db, "MATCH (n:X) RETURN count(n)"));
    }

    [Fact]
    public async Task ReadMode_WriteProcedure_IsRefusedBeforeItRuns()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var ran = false;
        db.Procedures.Register(
            new Procedures.ProcedureDefinition(
                "test.write",
                [],
                [new Procedures.ProcedureField("done", "BOOLEAN")],
                Procedures.ProcedureMode.Write,
                "a procedure declared as writing",
                _ =>
                {
                    ran = true;
                    return
                    [
                        [Graph.Values.CypherBoolean.True],
                    ];
                }
            )
        );
        var e = await Assert.ThrowsAnyAsync<CypherException>(() =>
            db.QueryAsync(new Query("CALL test.write()"), TransactionConfig.ReadOnly)
        );
        Assert.Equal(Neo4jStatusCodes.AccessMode, e.Code);
        Assert.False(ran);
        Assert.Equal(["true"], await RowsAsync(db, "CALL test.write()"));
    }
}
