using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Values;
using static EconSecGraph.Cypher.Functions.Tests.V;

namespace EconSecGraph.Cypher.Functions.Tests.Semantics;

public class CypherComparisonTests
{
    [Fact]
    public void Compare_Numbers_MixIntegersAndFloats()
    {
        Assert.Equal(true, CypherComparison.LessThan(I(1), F(3.14)));
        Assert.Equal(false, CypherComparison.LessThan(I(1), F(1.0)));
        Assert.Equal(true, CypherComparison.LessThanOrEqual(I(1), F(1.0)));
        Assert.Equal(true, CypherComparison.GreaterThan(F(3.14), I(1)));
        Assert.Equal(true, CypherComparison.LessThan(I(9007199254740992), I(9007199254740993)));
        Assert.Equal(true, CypherComparison.LessThan(F(9007199254740992.0), I(9007199254740993)));
    }

    [Fact]
    public void Compare_NaN_IsFalseAgainstNumbers_NullAgainstOtherTypes()
    {
        var nan = F(double.NaN);
        foreach (var other in new[] { I(1), F(1.0), nan })
        {
            Assert.Equal(false, CypherComparison.GreaterThan(nan, other));
            Assert.Equal(false, CypherComparison.GreaterThanOrEqual(nan, other));
            Assert.Equal(false, CypherComparison.LessThan(nan, other));
            Assert.Equal(false, CypherComparison.LessThanOrEqual(nan, other));
        }
        Assert.Null(CypherComparison.GreaterThan(nan, S("a")));
    }

    [Fact]
    public void Compare_AcrossTypes_IsNull()
    {
        Assert.Null(CypherComparison.LessThan(S("1.0"), F(1.0)));
        Assert.Null(CypherComparison.LessThan(S("1"), I(1)));
        Assert.Null(CypherComparison.LessThan(B(true), I(1)));
        Assert.Null(CypherComparison.LessThan(M(), M()));
        Assert.Null(CypherComparison.LessThan(Node(1), Node(2)));
        Assert.Null(CypherComparison.LessThan(new CypherDuration(1, 0, 0, 0), new CypherDuration(2, 0, 0, 0)));
        Assert.Null(CypherComparison.LessThan(new CypherDate(1), new CypherLocalDateTime(0, 0)));
        Assert.Null(CypherComparison.LessThan(Null, I(1)));
    }

    [Fact]
    public void Compare_Strings_ByCodePoint()
    {
        Assert.Equal(true, CypherComparison.LessThan(S("B"), S("a")));
        Assert.Equal(true, CypherComparison.LessThan(S("abc"), S("abc1")));
        Assert.Equal(true, CypherComparison.LessThan(S("a"), S("b")));
        // U+FF5E sorts before U+1F600 by code point, although its UTF-16 unit is larger than a surrogate's.
        Assert.Equal(true, CypherComparison.LessThan(S("\uFF5E"), S("\U0001F600")));
    }

    public static TheoryData<CypherValue, CypherValue, bool?> ListGreaterOrEqual =>
        new()
        {
            { L(I(1), I(0)), L(I(1)), true },
            { L(I(1), Null), L(I(1)), true },
            { L(I(1), I(2)), L(I(1), Null), null },
            { L(I(1), S("a")), L(I(1), Null), null },
            { L(I(1), I(2)), L(I(3), Null), false },
        };

    [Theory]
    [MemberData(nameof(ListGreaterOrEqual))]
    public void Compare_Lists_ElementWise(CypherValue a, CypherValue b, bool? expected) =>
        Assert.Equal(expected, CypherComparison.GreaterThanOrEqual(a, b));

    [Fact]
    public void Compare_Times_ByInstantOfDay()
    {
        // 10:00+01:00 is 09:00Z, earlier than 09:35Z.
        var x = new CypherTime(10L * 3600 * 1_000_000_000, 3600);
        var d = new CypherTime((9L * 3600 + 35 * 60) * 1_000_000_000, 0);
        Assert.Equal(true, CypherComparison.LessThan(x, d));
        Assert.Equal(true, CypherComparison.LessThan(new CypherDateTime(0, 0, 0), new CypherDateTime(1, 0, 3600)));
    }

    [Fact]
    public void ComparisonValue_WrapsResult()
    {
        Assert.Same(CypherBoolean.True, CypherComparison.LessThanValue(I(1), I(2)));
        Assert.Same(CypherNull.Instance, CypherComparison.GreaterThanValue(I(1), S("x")));
    }
}
