using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using static EconSecGraph.Cypher.Functions.Tests.Library.F;
using static EconSecGraph.Cypher.Functions.Tests.V;

namespace EconSecGraph.Cypher.Functions.Tests.Library;

public class MathFunctionsTests
{
    [Fact]
    public void Abs_KeepsIntegerType()
    {
        Assert.Equal(I(1), Call("abs", I(-1)));
        Assert.Equal(F(2.5), Call("abs", F(-2.5)));
        Assert.Same(CypherNull.Instance, Call("abs", Null));
        Assert.Throws<CypherException>(() => Call("abs", I(long.MinValue)));
        var e = Assert.Throws<CypherTypeException>(() => Call("abs", S("a")));
        Assert.Contains("Type mismatch: expected Float or Integer but was String", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CeilFloor_ReturnFloats()
    {
        Assert.Equal(F(1.0), Call("ceil", F(0.1)));
        Assert.Equal(F(1.0), Call("ceil", I(1)));
        Assert.Equal(F(-1.0), Call("floor", F(-0.1)));
    }

    [Theory]
    [InlineData(3.141592, 3.0)]
    [InlineData(2.5, 3.0)]
    [InlineData(-1.5, -1.0)]
    [InlineData(-2.5, -2.0)]
    [InlineData(0.49999999999999994, 0.0)]
    public void Round_OneArgument_HalfUpTowardsPositiveInfinity(double input, double expected) =>
        Assert.Equal(F(expected), Call("round", F(input)));

    [Theory]
    [InlineData(3.141592, 3, "HALF_UP", 3.142)]
    [InlineData(-1.5, 0, "HALF_UP", -2.0)]
    [InlineData(2.5, 0, "HALF_EVEN", 2.0)]
    [InlineData(3.5, 0, "HALF_EVEN", 4.0)]
    [InlineData(1.25, 1, "HALF_DOWN", 1.2)]
    [InlineData(1.21, 1, "UP", 1.3)]
    [InlineData(-1.21, 1, "UP", -1.3)]
    [InlineData(-1.29, 1, "DOWN", -1.2)]
    [InlineData(-1.21, 1, "CEILING", -1.2)]
    [InlineData(1.29, 1, "FLOOR", 1.2)]
    [InlineData(1234.5, -2, "HALF_UP", 1200.0)]
    [InlineData(0.1 + 0.2, 1, "HALF_UP", 0.3)]
    public void Round_WithPrecisionAndMode_LikeBigDecimal(double input, long precision, string mode, double expected) =>
        Assert.Equal(F(expected), Call("round", F(input), I(precision), S(mode)));

    [Fact]
    public void Round_Unnecessary_FailsWhenRoundingIsNeeded()
    {
        Assert.Equal(F(1.5), Call("round", F(1.5), I(1), S("UNNECESSARY")));
        Assert.Throws<CypherArgumentException>(() => Call("round", F(1.55), I(1), S("UNNECESSARY")));
        Assert.Throws<CypherArgumentException>(() => Call("round", F(1.55), I(1), S("SIDEWAYS")));
    }

    [Fact]
    public void Sign_ReturnsInteger()
    {
        Assert.Equal(I(-1), Call("sign", F(-0.5)));
        Assert.Equal(I(0), Call("sign", I(0)));
        Assert.Equal(I(1), Call("sign", I(42)));
    }

    [Fact]
    public void Logarithms_And_Roots()
    {
        Assert.Equal(F(3.6), Call("sqrt", F(12.96)));
        Assert.True(double.IsNaN(((CypherFloat)Call("sqrt", I(-1))).Value));
        Assert.Equal(F(double.NegativeInfinity), Call("log", I(0)));
        Assert.Equal(F(2.0), Call("log10", I(100)));
        Assert.Equal(F(Math.E), Call("exp", I(1)));
        Assert.Equal(F(Math.E), Call("e"));
        Assert.Equal(F(Math.PI), Call("pi"));
    }

    [Fact]
    public void Trigonometry()
    {
        Assert.Equal(F(0.0), Call("sin", I(0)));
        Assert.Equal(F(1.0), Call("cos", I(0)));
        Assert.Equal(F(double.PositiveInfinity), Call("cot", I(0)));
        Assert.Equal(F(Math.PI / 2), Call("asin", I(1)));
        Assert.Equal(F(Math.PI / 4), Call("atan2", I(1), I(1)));
        Assert.Equal(0.5, ((CypherFloat)Call("haversin", F(Math.PI / 2))).Value, 12);
        Assert.Equal(F(180.0), Call("degrees", F(Math.PI)));
        Assert.Equal(F(Math.PI), Call("radians", I(180)));
    }

    [Fact]
    public void IsNaN_And_Rand()
    {
        Assert.Equal(B(true), Call("isNaN", F(double.NaN)));
        Assert.Equal(B(false), Call("isNaN", I(1)));
        var r = ((CypherFloat)Call("rand")).Value;
        Assert.InRange(r, 0.0, 0.9999999999999999);
        Assert.False(FunctionRegistry.Default.GetFunction("rand").IsDeterministic);
    }
}
