using EconSecGraph.Cypher.Syntax.Ast;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Cypher.Syntax.Tests;

public class LexerTests
{
    private static Expression Expr(string text) => CypherParser.ParseExpression(text);

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("42", 42L)]
    [InlineData("1_000_000", 1000000L)]
    [InlineData("0x1F", 31L)]
    [InlineData("0X1f", 31L)]
    [InlineData("0o17", 15L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("-0x8000000000000000", long.MinValue)]
    [InlineData("0x7FFFFFFFFFFFFFFF", long.MaxValue)]
    public void IntegerLiteral_EveryForm_HasItsValue(string text, long expected)
    {
        var literal = Assert.IsType<IntegerLiteral>(Expr(text));
        Assert.Equal(expected, literal.Value);
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData(".5", 0.5)]
    [InlineData("1e9", 1e9)]
    [InlineData("1E-3", 1e-3)]
    [InlineData("2.5e+2", 250.0)]
    [InlineData("-0.25", -0.25)]
    public void FloatLiteral_EveryForm_HasItsValue(string text, double expected)
    {
        var literal = Assert.IsType<FloatLiteral>(Expr(text));
        Assert.Equal(expected, literal.Value);
    }

    [Theory]
    [InlineData("9223372036854775808", "IntegerOverflow")]
    [InlineData("-9223372036854775809", "IntegerOverflow")]
    [InlineData("0x8000000000000000", "IntegerOverflow")]
    [InlineData("0o1000000000000000000000", "IntegerOverflow")]
    [InlineData("0x", "InvalidNumberLiteral")]
    [InlineData("0x1G", "InvalidNumberLiteral")]
    [InlineData("0o8", "InvalidNumberLiteral")]
    [InlineData("12abc", "InvalidNumberLiteral")]
    [InlineData("1__0", "InvalidNumberLiteral")]
    [InlineData("1e999", "FloatingPointOverflow")]
    [InlineData("'\\uZZZZ'", "InvalidUnicodeLiteral")]
    [InlineData("'\\U00110000'", "InvalidUnicodeLiteral")]
    [InlineData("1 \u2014 2", "InvalidUnicodeCharacter")]
    public void BadLiteral_RaisesSyntaxErrorWithDetail(string text, string detail)
    {
        var e = Assert.Throws<CypherSyntaxException>(() => Expr(text));
        Assert.Equal(detail, e.Detail);
        Assert.Equal(Neo4jStatusCodes.SyntaxError, e.Code);
    }

    [Theory]
    [InlineData("'a\\tb'", "a\tb")]
    [InlineData("'a\\bb'", "a\bb")]
    [InlineData("'a\\nb'", "a\nb")]
    [InlineData("'a\\rb'", "a\rb")]
    [InlineData("'a\\fb'", "a\fb")]
    [InlineData("'it\\'s'", "it's")]
    [InlineData("\"say \\\"hi\\\"\"", "say \"hi\"")]
    [InlineData("'back\\\\slash'", "back\\slash")]
    [InlineData("'\\u65E5\\u672C'", "日本")]
    [InlineData("'\\U0001F600'", "\U0001F600")]
    [InlineData("\"it's\"", "it's")]
    [InlineData("'経済安全保障'", "経済安全保障")]
    public void StringLiteral_Escapes_AreResolved(string text, string expected)
    {
        var literal = Assert.IsType<StringLiteral>(Expr(text));
        Assert.Equal(expected, literal.Value);
    }

    [Fact]
    public void Identifiers_BackticksAndUnicode_AreNames()
    {
        var statement = CypherParser.Parse(
            "MATCH (`my ``odd`` name`:政策 {名前: 'x'}) RETURN `my ``odd`` name`.名前 AS 名前"
        );
        var match = Assert.IsType<MatchClause>(((SingleQuery)statement.Body).Clauses[0]);
        var node = match.Pattern.Parts[0].Element.Start;
        Assert.Equal("my `odd` name", node.Variable!.Name);
        Assert.Equal("政策", Assert.IsType<LabelName>(node.Labels).Name);
        var ret = Assert.IsType<ReturnClause>(((SingleQuery)statement.Body).Clauses[1]);
        Assert.Equal("名前", ret.Projection.Items[0].ColumnName);
        Assert.Equal("名前", Assert.IsType<PropertyLookup>(ret.Projection.Items[0].Expression).Property);
    }

    [Fact]
    public void Keywords_AreCaseInsensitive_AndCommentsAreSkipped()
    {
        var statement = CypherParser.Parse("match (n) // line comment\n/* block\ncomment */ wHeRe n.x > 1 ReTuRn n");
        var clauses = ((SingleQuery)statement.Body).Clauses;
        Assert.IsType<MatchClause>(clauses[0]);
        Assert.NotNull(((MatchClause)clauses[0]).Where);
        Assert.IsType<ReturnClause>(clauses[1]);
    }

    [Fact]
    public void UnterminatedString_ReportsWhereItStarts()
    {
        var e = Assert.Throws<CypherSyntaxException>(() => CypherParser.Parse("RETURN 'abc"));
        Assert.Equal(7, e.Position!.Value.Offset);
        Assert.Contains("not closed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_NamedAndNumbered()
    {
        Assert.Equal("name", Assert.IsType<Parameter>(Expr("$name")).Name);
        Assert.Equal("0", Assert.IsType<Parameter>(Expr("$0")).Name);
        Assert.Equal("a b", Assert.IsType<Parameter>(Expr("$`a b`")).Name);
    }
}
