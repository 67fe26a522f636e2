using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using static EconSecGraph.Cypher.Tests.Features.CypherRunner;

namespace EconSecGraph.Cypher.Tests.Features;

/// <summary>
/// Relationship type expressions (<c>[:A|B]</c>, Neo4j 5's <c>[:!A]</c>, <c>[:A&amp;B]</c>, <c>[:%]</c>, parentheses) and
/// node label expressions. A relationship has exactly one type, so <c>A&amp;B</c> matches none.
/// </summary>
public sealed class TypeExpressionTests
{
    private static async Task<EmbeddedGraphDatabase> GraphAsync()
    {
        var db = EmbeddedGraphDatabase.CreateInMemory();
        await db.QueryAsync(
            new Query(
                "CREATE (s:Agency {n: 's'}), (s)-[:FUNDS]->(:Program {n: 'p'}), (s)-[:OVERSEES]->(:Program:Fund {n: 'f'}), (s)-[:CITES]->(:Law {n: 'l'})"
            )
        );
        return db;
    }

    [Theory]
    [InlineData("FUNDS|OVERSEES", "['FUNDS', 'OVERSEES']")]
    [InlineData("!FUNDS", "['CITES', 'OVERSEES']")]
    [InlineData("!(FUNDS|CITES)", "['OVERSEES']")]
    [InlineData("FUNDS&OVERSEES", "[]")]
    [InlineData("(FUNDS|OVERSEES)&!OVERSEES", "['FUNDS']")]
    [InlineData("%", "['CITES', 'FUNDS', 'OVERSEES']")]
    [InlineData("!%", "[]")]
    [InlineData("NOPE|CITES", "['CITES']")]
    public async Task RelationshipTypeExpression_MatchesTypesItDescribes(string expression, string expected)
    {
        await using var db = await GraphAsync();
        Assert.Equal(
            expected,
            await ScalarAsync(
                db,
                "MATCH (:Agency)-[r:" + expression + "]->() WITH type(r) AS t ORDER BY t RETURN collect(t)"
            )
        );
    }

    [Fact]
    public async Task RelationshipTypeExpression_InVariableLengthAndPatternComprehension()
    {
        await using var db = await GraphAsync();
        Assert.Equal("2", await ScalarAsync(db, "MATCH (:Agency)-[:!CITES*1..2]->(x) RETURN count(x)"));
        Assert.Equal("['l']", await ScalarAsync(db, "MATCH (s:Agency) RETURN [(s)-[:!(FUNDS|OVERSEES)]->(x) | x.n]"));
    }

    [Theory]
    [InlineData("Program|Law", "['f', 'l', 'p']")]
    [InlineData("Program&!Fund", "['p']")]
    [InlineData("!Program", "['l', 's']")]
    [InlineData("Program&Fund", "['f']")]
    [InlineData("%", "['f', 'l', 'p', 's']")]
    public async Task NodeLabelExpression_MatchesLabelsItDescribes(string expression, string expected)
    {
        await using var db = await GraphAsync();
        Assert.Equal(
            expected,
            await ScalarAsync(db, "MATCH (n:" + expression + ") WITH n.n AS n ORDER BY n RETURN collect(n)")
        );
        Assert.Equal(
            expected,
            await ScalarAsync(db, "MATCH (n) WHERE n:" + expression + " WITH n.n AS n ORDER BY n RETURN collect(n)")
        );
    }

    [Fact]
    public async Task Create_WithTypeExpression_IsSyntaxError()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var e = await Assert.ThrowsAnyAsync<CypherException>(() => db.QueryAsync(new Query("CREATE ()-[:!A]->()")));
        Assert.Equal(Neo4jStatusCodes.SyntaxError, e.Code);
        Assert.NotNull(e.Position);
    }
}
