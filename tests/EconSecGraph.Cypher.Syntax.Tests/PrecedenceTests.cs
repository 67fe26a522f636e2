using EconSecGraph.Cypher.Syntax.Printing;

namespace EconSecGraph.Cypher.Syntax.Tests;

public class PrecedenceTests
{
    [Theory]
    [InlineData("a OR b XOR c AND d", "(a OR (b XOR (c AND d)))")]
    [InlineData("NOT a = b", "(NOT ((a = b)))")]
    [InlineData("NOT a AND b", "((NOT (a)) AND b)")]
    [InlineData("a < b < c", "((a < b) AND (b < c))")]
    [InlineData("a = b <> c", "((a = b) AND (b <> c))")]
    [InlineData("1 + 2 * 3", "(1 + (2 * 3))")]
    [InlineData("1 - 2 - 3", "((1 - 2) - 3)")]
    [InlineData("2 ^ 3 ^ 2", "((2 ^ 3) ^ 2)")]
    [InlineData("-a ^ 2", "((-(a)) ^ 2)")]
    [InlineData("-2 ^ 2", "(-2 ^ 2)")]
    [InlineData("a + b STARTS WITH c", "((a + b) STARTS WITH c)")]
    [InlineData("a IN b = c", "((a IN b) = c)")]
    [InlineData("a IS NULL AND b IS NOT NULL", "((a IS NULL) AND (b IS NOT NULL))")]
    [InlineData("a =~ 'x' OR b CONTAINS 'y'", "((a =~ 'x') OR (b CONTAINS 'y'))")]
    [InlineData("n:A:B AND m:C|D", "((n:A&B) AND (m:C|D))")]
    [InlineData("a.b.c[1][2..][..3]", "a.b.c[1][2..][..3]")]
    [InlineData("x % 2 * 3 / 4", "(((x % 2) * 3) / 4)")]
    [InlineData("'a' || 'b' + 'c'", "(('a' || 'b') + 'c')")]
    public void Expression_Parses_WithOpenCypherPrecedence(string text, string canonical)
    {
        Assert.Equal(canonical, CypherPrinter.Print(CypherParser.ParseExpression(text)));
    }

    [Theory]
    [InlineData("[x IN list WHERE (x > 1) | (x * 2)]")]
    [InlineData("[(a)-[:T]->(b) WHERE (b.x > 1) | b.name]")]
    [InlineData("all(x IN list WHERE (x > 1))")]
    [InlineData("reduce(acc = 0, x IN list | (acc + x))")]
    [InlineData("CASE WHEN a THEN 1 ELSE 2 END")]
    [InlineData("CASE x WHEN 1 THEN 'one' END")]
    [InlineData("n {.name, .*, k: 1, other}")]
    [InlineData("EXISTS { MATCH (n)-->(m) RETURN m }")]
    [InlineData("COUNT { (n)-->(m) WHERE (m.x > 1) }")]
    [InlineData("COLLECT { MATCH (n) RETURN n.name }")]
    [InlineData("count(DISTINCT n.x)")]
    [InlineData("date.truncate('day', d)")]
    public void CompoundExpressions_PrintCanonically(string text)
    {
        var printed = CypherPrinter.Print(CypherParser.ParseExpression(text));
        Assert.Equal(printed, CypherPrinter.Print(CypherParser.ParseExpression(printed)));
        Assert.Equal(
            text.Replace(" ", "", StringComparison.Ordinal),
            printed.Replace(" ", "", StringComparison.Ordinal)
        );
    }
}
