using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Values;
using static EconSecGraph.Cypher.Functions.Tests.V;

namespace EconSecGraph.Cypher.Functions.Tests.Semantics;

public class CypherEqualityTests
{
    [Fact]
    public void Equal_NullOperand_IsUnknown()
    {
        Assert.Null(CypherEquality.Equal(Null, I(1)));
        Assert.Null(CypherEquality.Equal(I(1), Null));
        Assert.Null(CypherEquality.Equal(Null, Null));
    }

    [Fact]
    public void Equal_IntegerAndFloat_CompareNumerically()
    {
        Assert.True(CypherEquality.Equal(I(1), F(1.0)));
        Assert.True(CypherEquality.Equal(F(1.0), I(1)));
        Assert.False(CypherEquality.Equal(I(1), F(1.5)));
        Assert.True(CypherEquality.Equal(F(0.0), F(-0.0)));
    }

    [Fact]
    public void Equal_LargeIntegers_AreExactAgainstFloats()
    {
        // 2^53 + 1 is not representable as a double; it must not equal 2^53.
        Assert.False(CypherEquality.Equal(I(9007199254740993), F(9007199254740992.0)));
        Assert.True(CypherEquality.Equal(I(9007199254740992), F(9007199254740992.0)));
        Assert.False(CypherEquality.Equal(I(long.MaxValue), F(9223372036854775807.0)));
        Assert.True(CypherEquality.Equal(I(4611686018427387905), I(4611686018427387905)));
        Assert.False(CypherEquality.Equal(I(4611686018427387905), I(4611686018427387900)));
    }

    [Fact]
    public void Equal_NaN_IsNeverEqual()
    {
        Assert.False(CypherEquality.Equal(F(double.NaN), F(double.NaN)));
        Assert.False(CypherEquality.Equal(F(double.NaN), I(1)));
        Assert.False(CypherEquality.Equal(F(double.NaN), S("a")));
        Assert.True(CypherEquality.NotEqual(F(double.NaN), F(double.NaN)));
    }

    [Fact]
    public void Equal_DifferentTypes_AreFalse()
    {
        Assert.False(CypherEquality.Equal(S("1"), I(1)));
        Assert.False(CypherEquality.Equal(S("1.0"), F(1.0)));
        Assert.False(CypherEquality.Equal(L(I(1), I(2)), S("foo")));
        Assert.False(CypherEquality.Equal(B(true), I(1)));
    }

    public static TheoryData<CypherValue, CypherValue, bool?> ListCases =>
        new()
        {
            { L(I(1), I(2)), L(I(1)), false },
            { L(Null), L(I(1)), null },
            { L(S("a")), L(I(1)), false },
            { L(L(I(1))), L(L(I(1)), L(Null)), false },
            { L(L(I(1)), L(I(2))), L(L(I(1)), L(Null)), null },
            { L(L(I(1)), L(I(2), I(3))), L(L(I(1)), L(Null)), false },
            { L(I(1), I(2)), L(Null, S("foo")), false },
            { L(I(1), I(2)), L(Null, I(2)), null },
            { L(L(I(1), I(2)), L(S("foo"), S("bar"))), L(L(I(1), I(2)), L(Null, S("bar"))), null },
            { L(I(1), F(2.0)), L(F(1.0), I(2)), true },
        };

    [Theory]
    [MemberData(nameof(ListCases))]
    public void Equal_Lists_FollowTck(CypherValue a, CypherValue b, bool? expected) =>
        Assert.Equal(expected, CypherEquality.Equal(a, b));

    public static TheoryData<CypherValue, CypherValue, bool?> MapCases =>
        new()
        {
            { M(), M(), true },
            { M(("k", B(true))), M(("k", B(true))), true },
            { M(("k", I(1))), M(("k", F(1.0))), true },
            { M(("k", S("a")), ("l", I(2))), M(("l", I(2)), ("k", S("a"))), true },
            { M(), M(("k", Null)), false },
            { M(("k", Null)), M(), false },
            { M(("k", I(1))), M(("k", I(1)), ("l", Null)), false },
            { M(("k", Null), ("l", I(1))), M(("l", I(1))), false },
            { M(("k", Null)), M(("k", Null), ("l", Null)), false },
            { M(("k", Null)), M(("k", Null)), null },
            { M(("k", I(1))), M(("k", Null)), null },
            { M(("k", I(1)), ("l", Null)), M(("k", Null), ("l", Null)), null },
            { M(("k", I(1)), ("l", Null)), M(("k", Null), ("l", I(1))), null },
            { M(("k", I(1)), ("l", Null)), M(("k", I(1)), ("l", I(1))), null },
            { M(("k", I(1)), ("l", Null)), M(("k", I(2)), ("l", I(1))), false },
        };

    [Theory]
    [MemberData(nameof(MapCases))]
    public void Equal_Maps_FollowTck(CypherValue a, CypherValue b, bool? expected) =>
        Assert.Equal(expected, CypherEquality.Equal(a, b));

    [Fact]
    public void Equal_NodesAndRelationships_ByIdentity()
    {
        Assert.True(CypherEquality.Equal(Node(1, "A"), Node(1)));
        Assert.False(CypherEquality.Equal(Node(1), Node(2)));
        Assert.True(CypherEquality.Equal(Rel(5, 1, 2), Rel(5, 1, 2)));
        Assert.False(CypherEquality.Equal(Node(5), Rel(5, 1, 2)));
    }

    [Fact]
    public void Equal_Paths_SameElementsInOrder_RegardlessOfTraversalDirection()
    {
        var n = Node(1, "A");
        var loop = Rel(7, 1, 1, "LOOP");
        var p1 = new CypherPath([n, n], [loop]);
        var p2 = new CypherPath([n, n], [loop]);
        Assert.True(CypherEquality.Equal(p1, p2));
        var other = new CypherPath([Node(2), Node(1)], [Rel(8, 2, 1)]);
        Assert.False(CypherEquality.Equal(p1, other));
    }

    [Fact]
    public void Equal_Durations_ComponentWiseAfterNormalisation()
    {
        var a = new CypherDuration(149, 14, (16 * 3600) + (12 * 60) + 70, 0);
        var b = new CypherDuration(149, 14, (16 * 3600) + (13 * 60) + 10, 0);
        var c = new CypherDuration(149, 13, (40 * 3600) + (13 * 60) + 10, 0);
        Assert.True(CypherEquality.Equal(a, b));
        Assert.False(CypherEquality.Equal(a, c));
        Assert.False(CypherEquality.Equal(a, new CypherDate(0)));
    }

    [Fact]
    public void Equal_DateTimes_NeedSameInstantAndSameZone()
    {
        var utc = new CypherDateTime(3600, 0, 0);
        var plusOne = new CypherDateTime(3600, 0, 3600);
        Assert.False(CypherEquality.Equal(utc, plusOne));
        Assert.True(CypherEquality.Equal(utc, new CypherDateTime(3600, 0, 0)));
        Assert.False(
            CypherEquality.Equal(new CypherDateTime(0, 0, 3600, "Europe/Paris"), new CypherDateTime(0, 0, 3600))
        );
    }

    [Fact]
    public void Equal_Points_ByCrsAndCoordinates()
    {
        Assert.True(CypherEquality.Equal(new CypherPoint(7203, 1, 2), new CypherPoint(7203, 1.0, 2.0)));
        Assert.False(CypherEquality.Equal(new CypherPoint(7203, 1, 2), new CypherPoint(4326, 1, 2)));
        Assert.False(CypherEquality.Equal(new CypherPoint(9157, 1, 2, 3), new CypherPoint(9157, 1, 2, 4)));
    }

    [Fact]
    public void EqualValue_ReturnsCypherBooleanOrNull()
    {
        Assert.Same(CypherBoolean.True, CypherEquality.EqualValue(I(2), F(2.0)));
        Assert.Same(CypherNull.Instance, CypherEquality.EqualValue(I(2), Null));
        Assert.Same(CypherBoolean.True, CypherEquality.NotEqualValue(I(2), I(3)));
    }
}
