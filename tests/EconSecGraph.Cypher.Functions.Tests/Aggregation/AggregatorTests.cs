using EconSecGraph.Cypher.Functions.Aggregation;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using static EconSecGraph.Cypher.Functions.Tests.V;

namespace EconSecGraph.Cypher.Functions.Tests.Aggregation;

public class AggregatorTests
{
    private static CypherValue Run(string name, bool distinct, params CypherValue[] values)
    {
        Assert.True(FunctionRegistry.Default.TryGetAggregate(name, out var definition));
        var acc = definition.Create(distinct);
        foreach (var v in values)
        {
            acc.Add(v);
        }
        return acc.Result();
    }

    private static CypherValue Percentile(string name, double p, params CypherValue[] values)
    {
        Assert.True(FunctionRegistry.Default.TryGetAggregate(name, out var definition));
        var acc = definition.Create();
        foreach (var v in values)
        {
            acc.Add(v, F(p));
        }
        return acc.Result();
    }

    [Fact]
    public void Count_IgnoresNulls_CountStarDoesNot()
    {
        Assert.Equal(I(2), Run("count", false, I(1), Null, I(1)));
        Assert.Equal(I(1), Run("count", true, I(1), Null, F(1.0)));
        var star = new CountAggregator(countNulls: true);
        star.Add(Null);
        star.AddRow();
        Assert.Equal(I(2), star.Result());
    }

    [Fact]
    public void Sum_IntegersFloatsDurations()
    {
        Assert.Equal(I(0), Run("sum", false));
        Assert.Equal(I(75), Run("sum", false, I(33), Null, I(42)));
        Assert.Equal(F(3.5), Run("sum", false, I(1), F(2.5)));
        Assert.Equal(
            new CypherDuration(1, 2, 0, 0),
            Run("sum", false, new CypherDuration(1, 0, 0, 0), new CypherDuration(0, 2, 0, 0))
        );
        var overflow = Assert.Throws<CypherException>(() => Run("sum", false, I(long.MaxValue), I(1)));
        Assert.Equal(Neo4jStatusCodes.ArithmeticError, overflow.Code);
        Assert.Throws<CypherTypeException>(() => Run("sum", false, I(1), S("a")));
        Assert.Throws<CypherTypeException>(() => Run("sum", false, I(1), new CypherDuration(0, 1, 0, 0)));
        Assert.Equal(F(0.1 + 0.2), Run("sum", false, F(0.1), F(0.2)));
        Assert.Equal(F(1.0), Run("sum", false, F(1e16), F(1.0), F(-1e16)));
        Assert.Equal(I(3004498500), Run("sum", false, Enumerable.Range(1_000_000, 3000).Select(i => I(i)).ToArray()));
    }

    [Fact]
    public void Avg_NumbersAndDurations()
    {
        Assert.Same(CypherNull.Instance, Run("avg", false, Null));
        Assert.Equal(F(2.0), Run("avg", false, I(1), I(3), Null));
        Assert.Equal(F(9.223372036854776E18), Run("avg", false, I(long.MaxValue), I(long.MaxValue)));
        Assert.Equal(
            "P1DT12H",
            Run("avg", false, new CypherDuration(0, 1, 0, 0), new CypherDuration(0, 2, 0, 0)).ToString()
        );
    }

    [Fact]
    public void MinMax_UseOrderability()
    {
        Assert.Equal(I(2), Run("max", false, I(1), I(2), I(0), Null, I(-1)));
        Assert.Equal(I(5), Run("max", false, I(1), F(2.0), I(5), Null, F(3.2), F(0.1)));
        Assert.Equal(F(0.1), Run("min", false, I(1), F(2.0), I(5), Null, F(3.2), F(0.1)));
        Assert.Equal(S("B"), Run("min", false, S("a"), S("b"), S("B"), Null, S("abc")));
        Assert.Equal(I(1), Run("max", false, I(1), S("a"), Null, L(I(1), I(2)), F(0.2), S("b")));
        Assert.Equal("[1, 2]", Run("min", false, I(1), S("a"), Null, L(I(1), I(2)), F(0.2), S("b")).ToString());
        Assert.Same(CypherNull.Instance, Run("min", false));
    }

    [Fact]
    public void Collect_SkipsNulls_DistinctByEquivalence()
    {
        Assert.Equal("[1, 2]", Run("collect", false, I(1), Null, I(2)).ToString());
        Assert.Equal("[1]", Run("collect", true, Null, I(1), F(1.0), Null).ToString());
        Assert.Equal("[]", Run("collect", true, Null, Null).ToString());
    }

    [Fact]
    public void Percentiles()
    {
        var values = new[] { F(10.0), F(20.0), F(30.0) };
        Assert.Equal(F(10.0), Percentile("percentileCont", 0.0, values));
        Assert.Equal(F(20.0), Percentile("percentileCont", 0.5, values));
        Assert.Equal(F(25.0), Percentile("percentileCont", 0.75, values));
        Assert.Equal(F(30.0), Percentile("percentileDisc", 1.0, values));
        Assert.Equal(F(20.0), Percentile("percentileDisc", 0.5, values));
        Assert.Equal(I(2), Percentile("percentileDisc", 0.5, I(3), I(1), I(2), I(4)));
        var e = Assert.Throws<CypherArgumentException>(() => Percentile("percentileCont", 1.1, values));
        Assert.Equal("NumberOutOfRange", e.Detail);
        Assert.Same(CypherNull.Instance, Percentile("percentileDisc", 0.5));
    }

    [Fact]
    public void StandardDeviation()
    {
        var values = new[] { I(2), I(4), I(4), I(4), I(5), I(5), I(7), I(9) };
        Assert.Equal(F(2.0), Run("stDevP", false, values));
        Assert.Equal(2.138, ((CypherFloat)Run("stDev", false, values)).Value, 3);
        Assert.Equal(F(0.0), Run("stDev", false, I(1)));
        Assert.Equal(F(0.0), Run("stDevP", false));
    }
}
