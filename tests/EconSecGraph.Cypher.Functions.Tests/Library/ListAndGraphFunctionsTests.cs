using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using static EconSecGraph.Cypher.Functions.Tests.Library.F;
using static EconSecGraph.Cypher.Functions.Tests.V;

namespace EconSecGraph.Cypher.Functions.Tests.Library;

public class ListAndGraphFunctionsTests
{
    [Fact]
    public void Size_Head_Last_Tail()
    {
        Assert.Equal(I(3), Call("size", L(I(1), I(2), I(3))));
        Assert.Same(CypherNull.Instance, Call("size", Null));
        Assert.Equal(I(1), Call("head", L(I(1), I(2))));
        Assert.Equal(I(2), Call("last", L(I(1), I(2))));
        Assert.Same(CypherNull.Instance, Call("head", L()));
        Assert.Equal("[2, 3]", Str("tail", L(I(1), I(2), I(3))));
        Assert.Equal("[]", Str("tail", L()));
        Assert.Throws<CypherTypeException>(() => Call("size", I(1)));
    }

    [Fact]
    public void Range_Steps_And_Errors()
    {
        Assert.Equal("[0, 1, 2, 3]", Str("range", I(0), I(3)));
        Assert.Equal("[10, 7, 4, 1, -2, -5, -8]", Str("range", I(10), I(-10), I(-3)));
        Assert.Equal("[]", Str("range", I(0), I(-1)));
        var zero = Assert.Throws<CypherArgumentException>(() => Call("range", I(0), I(1), I(0)));
        Assert.Equal("NumberOutOfRange", zero.Detail);
        var type = Assert.Throws<CypherArgumentException>(() => Call("range", F(0.0), I(1)));
        Assert.Equal("InvalidArgumentType", type.Detail);
        Assert.Throws<CypherArgumentException>(() => Call("range", I(0), I(long.MaxValue)));
    }

    [Fact]
    public void Reverse_Keys_Properties_Coalesce()
    {
        Assert.Equal("[3, 2, 1]", Str("reverse", L(I(1), I(2), I(3))));
        Assert.Equal("['a', 'b']", Str("keys", M(("a", I(1)), ("b", Null))));
        Assert.Equal(I(5), Call("coalesce", Null, Null, I(5), I(6)));
        Assert.Same(CypherNull.Instance, Call("coalesce", Null));
        var node = new CypherNode(
            1,
            "n1",
            ["A", "B"],
            new Dictionary<string, CypherValue>(StringComparer.Ordinal) { ["x"] = I(1) }
        );
        Assert.Equal("{x: 1}", Str("properties", node));
        Assert.Equal("['x']", Str("keys", node));
        Assert.Equal("['A', 'B']", Str("labels", node));
        Assert.Equal(I(1), Call("id", node));
        Assert.Equal(S("n1"), Call("elementId", node));
    }

    [Fact]
    public void IsEmpty_NullIf_ValueType()
    {
        Assert.Equal(B(true), Call("isEmpty", L()));
        Assert.Equal(B(false), Call("isEmpty", S("a")));
        Assert.Equal(B(true), Call("isEmpty", M()));
        Assert.Same(CypherNull.Instance, Call("nullIf", I(1), F(1.0)));
        Assert.Equal(I(1), Call("nullIf", I(1), I(2)));
        Assert.Equal(S("INTEGER NOT NULL"), Call("valueType", I(1)));
        Assert.Equal(S("NULL"), Call("valueType", Null));
        Assert.Equal(S("LIST<INTEGER NOT NULL> NOT NULL"), Call("valueType", L(I(1), I(2))));
        Assert.Equal(S("LIST<INTEGER> NOT NULL"), Call("valueType", L(I(1), Null)));
        Assert.Equal(S("LIST<NOTHING> NOT NULL"), Call("valueType", L()));
        Assert.Equal(S("LIST<STRING NOT NULL | INTEGER NOT NULL> NOT NULL"), Call("valueType", L(I(1), S("a"))));
        Assert.Equal(S("ZONED DATETIME NOT NULL"), Call("valueType", new CypherDateTime(0, 0, 0)));
    }

    [Fact]
    public void Relationships_And_Paths()
    {
        var a = Node(1, "A");
        var b = Node(2, "B");
        var r = Rel(10, 1, 2, "KNOWS");
        var ctx = new FunctionContext(nodeLookup: id =>
            id == 1 ? a
            : id == 2 ? b
            : null
        );
        var registry = FunctionRegistry.Default;
        Assert.Equal(S("KNOWS"), registry.GetFunction("type").Invoke([r], ctx));
        Assert.Same(a, registry.GetFunction("startNode").Invoke([r], ctx));
        Assert.Same(b, registry.GetFunction("endNode").Invoke([r], ctx));
        var path = new CypherPath([a, b], [r]);
        Assert.Equal(I(1), registry.GetFunction("length").Invoke([path], ctx));
        Assert.Equal(2, ((CypherList)registry.GetFunction("nodes").Invoke([path], ctx)).Count);
        Assert.Single((CypherList)registry.GetFunction("relationships").Invoke([path], ctx));
        var orphan = Rel(11, 1, 99);
        Assert.Throws<EntityNotFoundException>(() => registry.GetFunction("endNode").Invoke([orphan], ctx));
    }

    [Fact]
    public void Timestamp_And_RandomUuid()
    {
        Assert.Equal(I(Now.ToUnixTimeMilliseconds()), Call("timestamp"));
        var uuid = ((CypherString)Call("randomUUID")).Value;
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", uuid);
    }
}
