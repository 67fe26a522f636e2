using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Values;
using static EconSecGraph.Cypher.Functions.Tests.V;

namespace EconSecGraph.Cypher.Functions.Tests.Semantics;

public class CypherEquivalenceTests
{
    public static TheoryData<CypherValue, CypherValue> EquivalentPairs =>
        new()
        {
            { Null, Null },
            { F(double.NaN), F(double.NaN) },
            { I(1), F(1.0) },
            { F(0.0), F(-0.0) },
            { L(I(1), Null), L(F(1.0), Null) },
            { M(("a", L(Null, F(double.NaN)))), M(("a", L(Null, F(double.NaN)))) },
            { S("x"), S("x") },
            { Node(3), Node(3) },
            { new CypherPoint(7203, 0.0, 1), new CypherPoint(7203, -0.0, 1.0) },
        };

    [Theory]
    [MemberData(nameof(EquivalentPairs))]
    public void Equivalent_Pairs_AreEquivalentWithEqualHashes(CypherValue a, CypherValue b)
    {
        Assert.True(CypherEquivalence.Equivalent(a, b));
        Assert.Equal(CypherEquivalence.Hash(a), CypherEquivalence.Hash(b));
    }

    [Fact]
    public void Equivalent_DifferentValues_AreNot()
    {
        Assert.False(CypherEquivalence.Equivalent(I(1), S("1")));
        Assert.False(CypherEquivalence.Equivalent(Null, I(0)));
        Assert.False(CypherEquivalence.Equivalent(L(I(1)), L(I(1), Null)));
        Assert.False(CypherEquivalence.Equivalent(F(double.NaN), F(1)));
    }

    [Fact]
    public void HashSet_WithEquivalence_DeduplicatesAsDistinct()
    {
        var set = new HashSet<CypherValue>(CypherEquivalence.Instance)
        {
            I(1),
            F(1.0),
            Null,
            Null,
            F(double.NaN),
            F(double.NaN),
            L(I(1), I(2)),
            L(F(1), F(2)),
            S("1"),
        };
        Assert.Equal(5, set.Count);
    }
}
