using EconSecGraph.Graph.Values;

namespace EconSecGraph.Graph.Tests.Values;

public class CypherFloatTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(0.5, "0.5")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.0001, "1.0E-4")]
    [InlineData(1234567.5, "1234567.5")]
    [InlineData(1e7, "1.0E7")]
    [InlineData(12345678.9, "1.23456789E7")]
    [InlineData(1e20, "1.0E20")]
    [InlineData(3.14159, "3.14159")]
    [InlineData(-2.5e-7, "-2.5E-7")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Format_MatchesJavaDoubleToString(double value, string expected) =>
        Assert.Equal(expected, CypherFloat.Format(value));
}
