using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Values;
using static EconSecGraph.Cypher.Functions.Tests.V;

namespace EconSecGraph.Cypher.Functions.Tests.Semantics;

public class CypherOrderingTests
{
    [Fact]
    public void Ascending_OrdersKindsAsNeo4j()
    {
        var values = new List<CypherValue>
        {
            Null,
            I(1),
            B(false),
            S("a"),
            new CypherDuration(0, 1, 0, 0),
            new CypherLocalTime(0),
            new CypherTime(0, 0),
            new CypherDate(0),
            new CypherLocalDateTime(0, 0),
            new CypherDateTime(0, 0, 0),
            new CypherPoint(7203, 0, 0),
            new CypherPath([Node(1)], []),
            L(I(1)),
            Rel(1, 1, 1),
            Node(1),
            M(),
        };
        var shuffled = values.AsEnumerable().Reverse().ToList();
        shuffled.Sort(CypherOrdering.Ascending);
        Assert.Equal(
            [
                CypherValueKind.Map,
                CypherValueKind.Node,
                CypherValueKind.Relationship,
                CypherValueKind.List,
                CypherValueKind.Path,
                CypherValueKind.Point,
                CypherValueKind.DateTime,
                CypherValueKind.LocalDateTime,
                CypherValueKind.Date,
                CypherValueKind.Time,
                CypherValueKind.LocalTime,
                CypherValueKind.Duration,
                CypherValueKind.String,
                CypherValueKind.Boolean,
                CypherValueKind.Integer,
                CypherValueKind.Null,
            ],
            shuffled.Select(v => v.Kind)
        );
    }

    [Fact]
    public void Ascending_NumbersMixed_NaNLastBeforeNull()
    {
        var values = new List<CypherValue>
        {
            Null,
            F(double.NaN),
            I(5),
            F(0.1),
            F(double.PositiveInfinity),
            I(-3),
            F(2.0),
        };
        values.Sort(CypherOrdering.Ascending);
        Assert.Equal(["-3", "0.1", "2.0", "5", "Infinity", "NaN", "null"], values.Select(v => v.ToString()));
    }

    [Fact]
    public void Descending_PutsNullFirst()
    {
        var values = new List<CypherValue> { I(1), Null, I(3) };
        values.Sort(CypherOrdering.Descending);
        Assert.Equal(["null", "3", "1"], values.Select(v => v.ToString()));
    }

    [Fact]
    public void Ascending_ListsLexicographic_ShorterFirst()
    {
        var values = new List<CypherValue> { L(I(2), I(1)), L(I(2)), L(I(1)), L() };
        values.Sort(CypherOrdering.Ascending);
        Assert.Equal(["[]", "[1]", "[2]", "[2, 1]"], values.Select(v => v.ToString()));
    }

    [Fact]
    public void Ascending_StringsByCodePoint()
    {
        var values = new List<CypherValue> { S("b"), S("abc1"), S("B"), S("a"), S("abc") };
        values.Sort(CypherOrdering.Ascending);
        Assert.Equal(["B", "a", "abc", "abc1", "b"], values.Select(v => v.ToString()));
    }

    [Fact]
    public void CompareValues_IntegerAndEquivalentFloat_AreEqual()
    {
        Assert.Equal(0, CypherOrdering.CompareValues(I(1), F(1.0)));
        Assert.True(CypherOrdering.CompareValues(I(1), F(1.5)) < 0);
    }

    [Fact]
    public void Ascending_Durations_ByApproximateLength()
    {
        var month = new CypherDuration(1, 0, 0, 0);
        var days31 = new CypherDuration(0, 31, 0, 0);
        var days30 = new CypherDuration(0, 30, 0, 0);
        Assert.True(CypherOrdering.CompareValues(days30, month) < 0);
        Assert.True(CypherOrdering.CompareValues(month, days31) < 0);
    }

    [Fact]
    public void Ascending_Maps_BySizeThenKeysThenValues()
    {
        Assert.True(CypherOrdering.CompareValues(M(("z", I(1))), M(("a", I(1)), ("b", I(1)))) < 0);
        Assert.True(CypherOrdering.CompareValues(M(("a", I(9))), M(("b", I(1)))) < 0);
        Assert.True(CypherOrdering.CompareValues(M(("a", I(1))), M(("a", I(2)))) < 0);
        Assert.Equal(0, CypherOrdering.CompareValues(M(("a", I(1))), M(("a", F(1.0)))));
    }
}
