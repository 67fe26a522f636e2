using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using static EconSecGraph.Cypher.Tests.Features.CypherRunner;

namespace EconSecGraph.Cypher.Tests.Features;

/// <summary>
/// One failing query per error family: the Neo4j status code, a message that says what went wrong, and for
/// errors found before execution the line and column (1-based) of the offending text.
/// </summary>
public sealed class ErrorFamilyTests
{
    [Theory]
    [InlineData("MATCH (n)\nRETRUN n", "Neo.ClientError.Statement.SyntaxError", 2, 1, "Invalid input 'RETRUN'")]
    [InlineData("RETURN 1 +", "Neo.ClientError.Statement.SyntaxError", 1, 11, "expected")]
    [InlineData("MATCH (n)\nRETURN m", "Neo.ClientError.Statement.SyntaxError", 2, 8, "Variable `m` not defined")]
    [InlineData("MATCH (a)\nWITH a, count(*) AS a RETURN a", "Neo.ClientError.Statement.SyntaxError", 2, 0, "`a`")]
    [InlineData("RETURN nosuchfunction(1)", "Neo.ClientError.Statement.SyntaxError", 1, 8, "nosuchfunction")]
    [InlineData(
        "MATCH (n) RETURN n\nUNION\nMATCH (m) RETURN m",
        "Neo.ClientError.Statement.SyntaxError",
        3,
        0,
        "column"
    )]
    [InlineData("RETURN $missing", "Neo.ClientError.Statement.ParameterMissing", 0, 0, "missing")]
    [InlineData("CALL no.such.proc()", "Neo.ClientError.Procedure.ProcedureNotFound", 1, 1, "no.such.proc")]
    public async Task CompileTimeError_HasCodeMessageAndPosition(
        string query,
        string code,
        int line,
        int column,
        string fragment
    )
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var e = await Assert.ThrowsAnyAsync<CypherException>(() => db.QueryAsync(new Query(query)));
        Assert.Equal(code, e.Code);
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
        // line 0: no position (a missing parameter has none); column 0: only the line is checked.
        if (line > 0)
        {
            Assert.NotNull(e.Position);
            Assert.Equal(line, e.Position!.Value.Line);
            if (column > 0)
            {
                Assert.Equal(column, e.Position.Value.Column);
            }
        }
    }

    [Theory]
    [InlineData("RETURN 'a' - 1", "Neo.ClientError.Statement.TypeError")]
    [InlineData("WITH [1] AS l RETURN l['x']", "Neo.ClientError.Statement.TypeError")]
    [InlineData("RETURN range(1, 5, 0)", "Neo.ClientError.Statement.ArgumentError")]
    [InlineData("RETURN 1 / 0", "Neo.ClientError.Statement.ArithmeticError")]
    [InlineData("RETURN 7 % 0", "Neo.ClientError.Statement.ArithmeticError")]
    [InlineData("MERGE (n {k: null})", "Neo.ClientError.Statement.SemanticError")]
    [InlineData("CREATE (a)-[:T]->(b) DELETE a", "Neo.ClientError.Schema.ConstraintValidationFailed")]
    [InlineData("CREATE (n {k: 1}) DELETE n RETURN n.k", "Neo.ClientError.Statement.EntityNotFound")]
    public async Task RuntimeError_HasNeo4jCode_AndChangesNothing(string query, string code)
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var e = await Assert.ThrowsAnyAsync<CypherException>(() => db.QueryAsync(new Query(query)));
        Assert.Equal(code, e.Code);
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
        Assert.Equal("0", await ScalarAsync(db, "MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task SchemaErrors_HaveSchemaCodes()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        await db.QueryAsync(new Query("CREATE INDEX i FOR (n:A) ON (n.k)"));
        var twice = await Assert.ThrowsAnyAsync<CypherException>(() =>
            db.QueryAsync(new Query("CREATE INDEX i FOR (n:A) ON (n.k)"))
        );
        Assert.Equal(Neo4jStatusCodes.EquivalentSchemaRuleAlreadyExists, twice.Code);
        var missing = await Assert.ThrowsAnyAsync<CypherException>(() => db.QueryAsync(new Query("DROP INDEX nope")));
        Assert.Equal(Neo4jStatusCodes.IndexDropFailed, missing.Code);
    }

    [Fact]
    public async Task TransactionErrors_HaveTransactionCodes()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var tx = await db.BeginTransactionAsync();
        await tx.CommitAsync();
        var closed = await Assert.ThrowsAnyAsync<CypherException>(() => tx.RunAsync(new Query("RETURN 1")));
        Assert.Equal(Neo4jStatusCodes.TransactionNotFound, closed.Code);
        await tx.DisposeAsync();
    }

    [Fact]
    public async Task ParameterOfWrongType_IsTypeErrorNamingTheProblem()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var e = await Assert.ThrowsAnyAsync<CypherException>(() =>
            db.QueryAsync(
                new Query(
                    "UNWIND range(1, 3) AS i RETURN i LIMIT $n",
                    new Dictionary<string, CypherValue>(StringComparer.Ordinal) { ["n"] = new CypherString("x") }
                )
            )
        );
        Assert.True(
            e.Code is Neo4jStatusCodes.SyntaxError or Neo4jStatusCodes.TypeError or Neo4jStatusCodes.ArgumentError,
            e.Code
        );
        Assert.Contains("LIMIT", e.Message, StringComparison.OrdinalIgnoreCase);
    }
}
