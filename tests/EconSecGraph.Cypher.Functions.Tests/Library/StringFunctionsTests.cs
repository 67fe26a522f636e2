using EconSecGraph.Cypher.Functions.Library;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using static EconSecGraph.Cypher.Functions.Tests.Library.F;
using static EconSecGraph.Cypher.Functions.Tests.V;

namespace EconSecGraph.Cypher.Functions.Tests.Library;

public class StringFunctionsTests
{
    [Fact]
    public void LeftRightSubstring_CountCodePoints()
    {
        Assert.Equal(S("hel"), Call("left", S("hello"), I(3)));
        Assert.Equal(S("hello"), Call("left", S("hello"), I(30)));
        Assert.Equal(S("llo"), Call("right", S("hello"), I(3)));
        Assert.Equal(S("123456789"), Call("substring", S("0123456789"), I(1)));
        Assert.Equal(S("12"), Call("substring", S("0123456789"), I(1), I(2)));
        Assert.Equal(S("\U0001F600b"), Call("substring", S("a\U0001F600bc"), I(1), I(2)));
        Assert.Equal(S("a\U0001F600"), Call("left", S("a\U0001F600bc"), I(2)));
        Assert.Same(CypherNull.Instance, Call("left", Null, I(2)));
    }

    [Fact]
    public void LeftSubstring_NegativeOrNullLength_AreErrors()
    {
        Assert.Throws<CypherArgumentException>(() => Call("left", S("abc"), I(-1)));
        Assert.Throws<CypherArgumentException>(() => Call("left", S("abc"), Null));
        Assert.Throws<CypherArgumentException>(() => Call("substring", S("abc"), I(-1)));
    }

    [Fact]
    public void Trim_Forms()
    {
        Assert.Equal(S("hello"), Call("trim", S("  hello \t\n")));
        Assert.Equal(S("hello  "), Call("ltrim", S("  hello  ")));
        Assert.Equal(S("  hello"), Call("rtrim", S("  hello  ")));
        Assert.Equal(S("hello"), Call("btrim", S("xxyyhelloxyxy"), S("xy")));
        Assert.Equal(S("helloxyxy"), Call("ltrim", S("xxyyhelloxyxy"), S("xy")));
        Assert.Equal(S("xxyyhello"), Call("rtrim", S("xxyyhelloxyxy"), S("xy")));
        // Java's isWhitespace does not include the no-break space.
        Assert.Equal(S("\u00A0a\u00A0"), Call("trim", S(" \u00A0a\u00A0 ")));
        Assert.Equal(S("a"), StringFunctions.Trim(TrimMode.Leading, S("__a"), S("_")));
    }

    [Fact]
    public void Replace_Split_Reverse()
    {
        Assert.Equal(S("heLLo"), Call("replace", S("hello"), S("l"), S("L")));
        Assert.Equal(S("-a-b-"), Call("replace", S("ab"), S(""), S("-")));
        Assert.Same(CypherNull.Instance, Call("replace", S("ab"), Null, S("-")));
        Assert.Equal("['one', 'two']", Call("split", S("one1two"), S("1")).ToString());
        Assert.Equal("['a', 'b', '', '']", Call("split", S("a,b,,"), S(",")).ToString());
        Assert.Equal("['a', 'b', 'c']", Call("split", S("a,b;c"), L(S(","), S(";"))).ToString());
        Assert.Equal("['', '']", Call("split", S("x"), S("x")).ToString());
        Assert.Equal("['a', 'b']", Call("split", S("ab"), S("")).ToString());
        Assert.Equal(S("Oskar"), Call("reverse", S("raksO")));
        Assert.Equal(S("\U0001F600a"), Call("reverse", S("a\U0001F600")));
    }

    [Fact]
    public void Case_Length_Normalize()
    {
        Assert.Equal(S("ABC"), Call("toUpper", S("abc")));
        Assert.Equal(S("ABC"), Call("upper", S("abc")));
        Assert.Equal(S("abc"), Call("lower", S("ABC")));
        Assert.Equal(I(2), Call("char_length", S("a\U0001F600")));
        Assert.Equal(I(2), Call("character_length", S("a\U0001F600")));
        Assert.Equal(I(2), Call("size", S("a\U0001F600")));
        Assert.Equal(S("\u00C5"), Call("normalize", S("A\u030A")));
        Assert.Equal(S("A\u030A"), Call("normalize", S("\u00C5"), S("NFD")));
        Assert.Equal(S("1"), Call("normalize", S("\u2460"), S("NFKC")));
        Assert.Throws<CypherArgumentException>(() => Call("normalize", S("a"), S("NFX")));
    }

    [Fact]
    public void StringFunctions_RejectNonStrings()
    {
        Assert.Throws<CypherTypeException>(() => Call("toUpper", I(1)));
        Assert.Throws<CypherTypeException>(() => Call("split", I(1), S(",")));
    }
}
