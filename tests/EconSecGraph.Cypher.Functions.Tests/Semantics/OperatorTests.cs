using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using static EconSecGraph.Cypher.Functions.Tests.V;

namespace EconSecGraph.Cypher.Functions.Tests.Semantics;

public class OperatorTests
{
    [Fact]
    public void StringPredicates_NullUnlessBothStrings()
    {
        Assert.Equal(B(true), StringOperators.StartsWith(S("ABCDEF"), S("ABC")));
        Assert.Equal(B(true), StringOperators.StartsWith(S("ABCDEF"), S("")));
        Assert.Equal(B(false), StringOperators.StartsWith(S("abcdef"), S("ABC")));
        Assert.Equal(B(true), StringOperators.EndsWith(S("ABCDEF"), S("DEF")));
        Assert.Equal(B(true), StringOperators.Contains(S("Foo\nFoo"), S("\n")));
        var operands = new[] { I(1), F(3.14), B(true), L(), M(), Null };
        foreach (var a in operands)
        {
            foreach (var b in operands)
            {
                Assert.Same(CypherNull.Instance, StringOperators.Contains(a, b));
                Assert.Same(CypherNull.Instance, StringOperators.StartsWith(a, b));
                Assert.Same(CypherNull.Instance, StringOperators.EndsWith(a, b));
            }
        }
    }

    [Fact]
    public void RegexMatch_IsWholeString_JavaSyntax()
    {
        Assert.Equal(B(true), StringOperators.RegexMatch(S("abc"), S("a.c")));
        Assert.Equal(B(false), StringOperators.RegexMatch(S("xabcx"), S("abc")));
        Assert.Equal(B(true), StringOperators.RegexMatch(S("ABC"), S("(?i)abc")));
        Assert.Equal(B(true), StringOperators.RegexMatch(S("a.b*c"), S(@"\Qa.b*c\E")));
        Assert.Equal(B(true), StringOperators.RegexMatch(S("aaab"), S("a*+b")));
        Assert.Equal(B(false), StringOperators.RegexMatch(S("aaa"), S("a*+a")));
        Assert.Equal(B(true), StringOperators.RegexMatch(S("Hello"), S(@"\p{Upper}\p{Lower}+")));
        Assert.Equal(B(false), StringOperators.RegexMatch(S("a\nb"), S("a.b")));
        Assert.Equal(B(true), StringOperators.RegexMatch(S("a\nb"), S("(?s)a.b")));
        Assert.Same(CypherNull.Instance, StringOperators.RegexMatch(I(1), S("1")));
    }

    [Fact]
    public void RegexMatch_InvalidPattern_RaisesArgumentError()
    {
        var e = Assert.Throws<CypherArgumentException>(() => StringOperators.RegexMatch(S("a"), S("(unclosed")));
        Assert.StartsWith("Invalid Regex", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegexMatch_CatastrophicPattern_DoesNotHang()
    {
        // Linear-time engine: nested repetition is decided quickly.
        Assert.Equal(B(false), StringOperators.RegexMatch(S(new string('a', 5000) + "!"), S("(a+)+b")));
    }

    [Fact]
    public void RegexMatch_BacktrackingPatternPastTimeout_RaisesClearError()
    {
        var previous = RegexCache.MatchTimeout;
        try
        {
            RegexCache.MatchTimeout = TimeSpan.FromMilliseconds(20);
            // A back-reference forces the backtracking engine; this input is exponential for it.
            var e = Assert.Throws<CypherException>(() =>
                StringOperators.RegexMatch(S(new string('a', 40) + "!"), S(@"(a|aa)+\1b"))
            );
            Assert.Contains("took longer than", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            RegexCache.MatchTimeout = previous;
        }
    }

    public static TheoryData<CypherValue, CypherValue, bool?> InCases =>
        new()
        {
            { I(3), L(I(1), Null, I(3)), true },
            { I(4), L(I(1), Null, I(3)), null },
            { Null, L(Null), null },
            { Null, L(), false },
            { L(Null), L(L(Null)), null },
            { L(I(1)), L(L(I(1), Null)), false },
            { L(I(1), I(2)), L(L(Null, S("foo")), L(I(1), I(2))), true },
            { L(I(1), I(2)), L(L(Null, I(2)), L(I(1), I(3))), null },
            { L(), L(), false },
            { L(), L(I(1), L()), true },
            { L(), L(I(1), I(2), Null), null },
            { I(1), L(S("1"), I(2)), false },
            { L(I(1), I(2)), L(I(1), L(I(1), S("2"))), false },
            { L(L(I(1), I(2)), L(I(3), I(4))), L(I(5), L(L(I(1), I(2)), L(I(3), I(4)))), true },
        };

    [Theory]
    [MemberData(nameof(InCases))]
    public void In_ThreeValued(CypherValue value, CypherValue list, bool? expected) =>
        Assert.Equal(expected, ListOperators.In(value, list));

    [Fact]
    public void In_NullList_IsNull_NonList_IsTypeError()
    {
        Assert.Null(ListOperators.In(I(1), Null));
        Assert.Throws<CypherTypeException>(() => ListOperators.In(I(1), I(1)));
    }

    [Fact]
    public void Subscript_AndSlice()
    {
        Assert.Equal(I(1), ListOperators.Subscript(L(I(1), I(2), I(3)), I(0)));
        Assert.Equal(I(3), ListOperators.Subscript(L(I(1), I(2), I(3)), I(-1)));
        Assert.Same(CypherNull.Instance, ListOperators.Subscript(L(I(1)), I(5)));
        Assert.Equal(I(7), ListOperators.Subscript(M(("a", I(7))), S("a")));
        Assert.Throws<CypherTypeException>(() => ListOperators.Subscript(B(true), I(0)));
        Assert.Throws<CypherTypeException>(() => ListOperators.Subscript(L(I(1)), F(0.0)));
        var list = L(I(1), I(2), I(3), I(4), I(5));
        Assert.Equal("[2, 3]", ListOperators.Slice(list, I(1), I(3)).ToString());
        Assert.Equal("[2, 3, 4, 5]", ListOperators.Slice(list, I(1), null).ToString());
        Assert.Equal("[1, 2]", ListOperators.Slice(list, null, I(2)).ToString());
        Assert.Equal("[3, 4]", ListOperators.Slice(list, I(-3), I(-1)).ToString());
        Assert.Equal("[]", ListOperators.Slice(list, I(3), I(1)).ToString());
        Assert.Equal("[1, 2, 3, 4, 5]", ListOperators.Slice(list, I(-10), I(10)).ToString());
        Assert.Same(CypherNull.Instance, ListOperators.Slice(list, Null, I(1)));
    }

    [Fact]
    public void Ternary_Logic()
    {
        Assert.Same(CypherBoolean.False, Ternary.And(B(false), Null));
        Assert.Same(CypherNull.Instance, Ternary.And(B(true), Null));
        Assert.Same(CypherBoolean.True, Ternary.Or(Null, B(true)));
        Assert.Same(CypherNull.Instance, Ternary.Or(Null, B(false)));
        Assert.Same(CypherNull.Instance, Ternary.Xor(Null, B(false)));
        Assert.Same(CypherBoolean.True, Ternary.Xor(B(true), B(false)));
        Assert.Same(CypherNull.Instance, Ternary.Not(Null));
        Assert.Throws<CypherTypeException>(() => Ternary.And(I(123), B(true)));
    }

    [Fact]
    public void PropertyAccess_MapsNodesAndErrors()
    {
        Assert.Equal(S("Mats"), PropertyAccess.Get(M(("name", S("Mats"))), "name"));
        Assert.Same(CypherNull.Instance, PropertyAccess.Get(M(), "name"));
        Assert.Same(CypherNull.Instance, PropertyAccess.Get(Null, "name"));
        var node = new CypherNode(
            1,
            "n1",
            ["A"],
            new Dictionary<string, CypherValue>(StringComparer.Ordinal) { ["p"] = I(42) }
        );
        Assert.Equal(I(42), PropertyAccess.Get(node, "p"));
        Assert.Same(CypherNull.Instance, PropertyAccess.Get(node, "missing"));
        Assert.Throws<CypherTypeException>(() => PropertyAccess.Get(I(1), "x"));
    }
}
