using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using static EconSecGraph.Cypher.Functions.Tests.Library.F;
using static EconSecGraph.Cypher.Functions.Tests.V;

namespace EconSecGraph.Cypher.Functions.Tests.Library;

public class ConversionFunctionsTests
{
    [Fact]
    public void ToInteger_Forms()
    {
        Assert.Equal(I(82), Call("toInteger", F(82.9)));
        Assert.Equal(I(-82), Call("toInteger", F(-82.9)));
        Assert.Equal(I(42), Call("toInteger", S("42")));
        Assert.Equal(I(1), Call("toInteger", S("1.7")));
        Assert.Equal(I(1000), Call("toInteger", S("1e3")));
        Assert.Equal(I(1), Call("toInteger", B(true)));
        Assert.Same(CypherNull.Instance, Call("toInteger", S("foo")));
        Assert.Same(CypherNull.Instance, Call("toInteger", S("")));
        Assert.Same(CypherNull.Instance, Call("toInteger", S("0x1F")));
        Assert.Same(CypherNull.Instance, Call("toInteger", S("1e300")));
        var e = Assert.Throws<CypherTypeException>(() => Call("toInteger", L()));
        Assert.Equal("InvalidArgumentValue", e.Detail);
    }

    [Fact]
    public void ToFloat_ToBoolean_ToString()
    {
        Assert.Equal(F(3.0), Call("toFloat", I(3)));
        Assert.Equal(F(5.0), Call("toFloat", S("5")));
        Assert.Same(CypherNull.Instance, Call("toFloat", S("foo")));
        Assert.Throws<CypherTypeException>(() => Call("toFloat", B(true)));
        Assert.Equal(B(true), Call("toBoolean", S("TRUE")));
        Assert.Equal(B(false), Call("toBoolean", S("false")));
        Assert.Same(CypherNull.Instance, Call("toBoolean", S(" tru ")));
        Assert.Equal(B(true), Call("toBoolean", I(5)));
        Assert.Throws<CypherTypeException>(() => Call("toBoolean", F(1.0)));
        Assert.Equal(S("2.3"), Call("toString", F(2.3)));
        Assert.Equal(S("1.0E10"), Call("toString", F(1e10)));
        Assert.Equal(S("true"), Call("toString", B(true)));
        Assert.Equal(S("P1D"), Call("toString", new CypherDuration(0, 1, 0, 0)));
        Assert.Throws<CypherTypeException>(() => Call("toString", M()));
    }

    [Fact]
    public void OrNull_And_List_Variants()
    {
        Assert.Same(CypherNull.Instance, Call("toIntegerOrNull", L()));
        Assert.Same(CypherNull.Instance, Call("toStringOrNull", Node(1)));
        Assert.Equal(I(3), Call("toIntegerOrNull", S("3")));
        Assert.Equal("[1, 2, null, null, 1]", Str("toIntegerList", L(I(1), S("2"), S("x"), Null, F(1.5))));
        Assert.Equal("[1.0, null]", Str("toFloatList", L(S("1"), B(true))));
        Assert.Equal("[true, false, null]", Str("toBooleanList", L(S("true"), I(0), F(1))));
        Assert.Equal("['1', '2.5', null]", Str("toStringList", L(I(1), F(2.5), L())));
        Assert.Throws<CypherTypeException>(() => Call("toIntegerList", I(1)));
        Assert.Same(CypherNull.Instance, Call("toIntegerList", Null));
    }
}
