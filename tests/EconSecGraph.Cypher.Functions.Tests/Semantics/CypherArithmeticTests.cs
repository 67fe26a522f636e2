using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using static EconSecGraph.Cypher.Functions.Tests.V;

namespace EconSecGraph.Cypher.Functions.Tests.Semantics;

public class CypherArithmeticTests
{
    [Fact]
    public void Integers_StayIntegers()
    {
        Assert.Equal(I(104), CypherArithmetic.Add(I(99), I(5)));
        Assert.Equal(
            I(1),
            CypherArithmetic.Subtract(
                CypherArithmetic.Multiply(CypherArithmetic.Divide(I(12), I(4)), I(3)),
                CypherArithmetic.Multiply(I(2), I(4))
            )
        );
        Assert.Equal(I(-3), CypherArithmetic.Divide(I(-7), I(2)));
        Assert.Equal(I(-1), CypherArithmetic.Modulo(I(-7), I(2)));
        Assert.Equal(I(0), CypherArithmetic.Modulo(I(long.MinValue), I(-1)));
    }

    [Fact]
    public void MixedNumbers_GiveFloats()
    {
        Assert.Equal(F(3.5), CypherArithmetic.Add(I(1), F(2.5)));
        Assert.Equal(F(0.5), CypherArithmetic.Divide(F(1), I(2)));
        Assert.Equal(F(1.5), CypherArithmetic.Modulo(F(7.5), I(2)));
        Assert.Equal(F(8.0), CypherArithmetic.Power(I(2), I(3)));
    }

    [Fact]
    public void Overflow_RaisesArithmeticError()
    {
        foreach (
            var op in new Func<CypherValue>[]
            {
                () => CypherArithmetic.Add(I(long.MaxValue), I(1)),
                () => CypherArithmetic.Subtract(I(long.MinValue), I(1)),
                () => CypherArithmetic.Multiply(I(long.MaxValue / 2 + 1), I(2)),
                () => CypherArithmetic.Negate(I(long.MinValue)),
                () => CypherArithmetic.Divide(I(long.MinValue), I(-1)),
            }
        )
        {
            var e = Assert.Throws<CypherException>(op);
            Assert.Equal(Neo4jStatusCodes.ArithmeticError, e.Code);
            Assert.Equal("long overflow", e.Message);
        }
        Assert.Equal(I(long.MinValue), CypherArithmetic.Multiply(I(long.MinValue / 2), I(2)));
    }

    [Fact]
    public void IntegerDivisionByZero_RaisesArithmeticError_FloatGivesInfinity()
    {
        var e = Assert.Throws<CypherException>(() => CypherArithmetic.Divide(I(1), I(0)));
        Assert.Equal(Neo4jStatusCodes.ArithmeticError, e.Code);
        Assert.Equal("/ by zero", e.Message);
        Assert.Throws<CypherException>(() => CypherArithmetic.Modulo(I(1), I(0)));
        Assert.Equal(F(double.PositiveInfinity), CypherArithmetic.Divide(F(1), I(0)));
        Assert.True(double.IsNaN(((CypherFloat)CypherArithmetic.Divide(F(0), F(0))).Value));
        Assert.True(double.IsNaN(((CypherFloat)CypherArithmetic.Modulo(F(1), I(0))).Value));
    }

    [Fact]
    public void Null_Propagates()
    {
        Assert.Same(CypherNull.Instance, CypherArithmetic.Add(Null, I(1)));
        Assert.Same(CypherNull.Instance, CypherArithmetic.Multiply(S("a"), Null));
        Assert.Same(CypherNull.Instance, CypherArithmetic.Negate(Null));
    }

    [Fact]
    public void Plus_ConcatenatesStringsAndLists()
    {
        Assert.Equal(S("ab"), CypherArithmetic.Add(S("a"), S("b")));
        Assert.Equal(S("a1"), CypherArithmetic.Add(S("a"), I(1)));
        Assert.Equal(S("1.0a"), CypherArithmetic.Add(F(1), S("a")));
        Assert.Equal(S("atrue"), CypherArithmetic.Add(S("a"), B(true)));
        Assert.Equal("[1, 10, 100, 4, 5]", CypherArithmetic.Add(L(I(1), I(10), I(100)), L(I(4), I(5))).ToString());
        Assert.Equal("[false, true, false]", CypherArithmetic.Add(L(B(false), B(true)), B(false)).ToString());
        Assert.Equal("[0, 1]", CypherArithmetic.Add(I(0), L(I(1))).ToString());
        Assert.Equal("['a', 1]", CypherArithmetic.Add(S("a"), L(I(1))).ToString());
    }

    [Fact]
    public void TypeMismatch_RaisesTypeError()
    {
        var e = Assert.Throws<CypherTypeException>(() => CypherArithmetic.Add(I(1), M()));
        Assert.Equal("Cannot add `Integer` and `Map`", e.Message);
        Assert.Equal("InvalidArgumentType", e.Detail);
        Assert.Throws<CypherTypeException>(() => CypherArithmetic.Subtract(S("a"), I(1)));
        Assert.Throws<CypherTypeException>(() => CypherArithmetic.Multiply(S("a"), I(1)));
        Assert.Throws<CypherTypeException>(() => CypherArithmetic.Add(S("a"), Node(1)));
        Assert.Throws<CypherTypeException>(() => CypherArithmetic.Negate(S("a")));
    }

    [Fact]
    public void Negate_Numbers()
    {
        Assert.Equal(I(-5), CypherArithmetic.Negate(I(5)));
        Assert.Equal(F(-0.5), CypherArithmetic.Negate(F(0.5)));
    }
}
