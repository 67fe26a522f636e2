using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Cypher.Syntax.Tests;

public class PositionTests
{
    [Fact]
    public void Misspelled_Keyword_ListsExpectedClauses_AtItsPosition()
    {
        var e = Assert.Throws<CypherSyntaxException>(() => CypherParser.Parse("RETRUN 1"));
        Assert.StartsWith("Invalid input 'RETRUN': expected ", e.Message, StringComparison.Ordinal);
        Assert.Contains("'RETURN'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'MATCH'", e.Message, StringComparison.Ordinal);
        Assert.EndsWith("(line 1, column 1 (offset: 0))", e.Message, StringComparison.Ordinal);
        Assert.Equal(new SourcePosition(0, 1, 1), e.Position);
        Assert.Equal("UnexpectedSyntax", e.Detail);
    }

    [Fact]
    public void ErrorOnThirdLine_ReportsLineAndColumn()
    {
        var query = "MATCH (n)\nWHERE n.x = 1\nRETURN n ORDER n.x";
        var e = Assert.Throws<CypherSyntaxException>(() => CypherParser.Parse(query));
        Assert.Equal(3, e.Position!.Value.Line);
        Assert.Equal(16, e.Position!.Value.Column);
        Assert.Equal(query.IndexOf("n.x", 30, StringComparison.Ordinal), e.Position!.Value.Offset);
        Assert.Contains("'BY'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnexpectedEnd_SaysSo()
    {
        var e = Assert.Throws<CypherSyntaxException>(() => CypherParser.Parse("MATCH (n) RETURN"));
        Assert.StartsWith("Unexpected end of input: expected", e.Message, StringComparison.Ordinal);
        Assert.Equal(16, e.Position!.Value.Offset);
    }

    [Fact]
    public void Spans_CoverTheirText()
    {
        var text = "MATCH (a:Person)\n  -[r:KNOWS]->(b)\nRETURN a.name, count(*)";
        var statement = CypherParser.Parse(text);
        var query = (Ast.SingleQuery)statement.Body;
        var match = (Ast.MatchClause)query.Clauses[0];
        var rel = match.Pattern.Parts[0].Element.Steps[0].Relationship;
        Assert.Equal("-[r:KNOWS]->", rel.Span.GetText(text));
        var ret = (Ast.ReturnClause)query.Clauses[1];
        Assert.Equal(["a.name", "count(*)"], ret.Projection.Items.Select(i => i.ColumnName));
        Assert.Equal("count(*)", ret.Projection.Items[1].Expression.Span.GetText(text));
        Assert.Equal(
            new SourcePosition(text.IndexOf("r:", StringComparison.Ordinal), 2, 5),
            SourcePosition.At(text, rel.Variable!.Span.Start)
        );
    }

    [Fact]
    public void RelationshipPatternError_HasItsDetail()
    {
        var e = Assert.Throws<CypherSyntaxException>(() => CypherParser.Parse("MATCH (a)-[:LIKES*-2]->(c) RETURN c"));
        Assert.Equal("InvalidRelationshipPattern", e.Detail);
        Assert.Equal(18, e.Position!.Value.Offset);
    }
}
