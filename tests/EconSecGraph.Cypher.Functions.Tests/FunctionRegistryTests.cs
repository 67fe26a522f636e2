using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Tests;

public class FunctionRegistryTests
{
    [Theory]
    [InlineData("toInteger")]
    [InlineData("TOINTEGER")]
    [InlineData("Date.Truncate")]
    [InlineData("datetime.fromEpochMillis")]
    [InlineData("point.distance")]
    [InlineData("duration.inSeconds")]
    public void TryGetFunction_IsCaseInsensitive(string name) =>
        Assert.True(FunctionRegistry.Default.TryGetFunction(name, out _));

    [Fact]
    public void Registry_CoversTheNeo4jLibrary()
    {
        var expected = new[]
        {
            "abs",
            "ceil",
            "floor",
            "round",
            "sign",
            "rand",
            "sqrt",
            "exp",
            "log",
            "log10",
            "e",
            "pi",
            "sin",
            "cos",
            "tan",
            "cot",
            "asin",
            "acos",
            "atan",
            "atan2",
            "haversin",
            "degrees",
            "radians",
            "isNaN",
            "toString",
            "toInteger",
            "toFloat",
            "toBoolean",
            "toStringOrNull",
            "toIntegerOrNull",
            "toFloatOrNull",
            "toBooleanOrNull",
            "toStringList",
            "toIntegerList",
            "toFloatList",
            "toBooleanList",
            "size",
            "length",
            "head",
            "last",
            "tail",
            "range",
            "reverse",
            "keys",
            "properties",
            "labels",
            "type",
            "id",
            "elementId",
            "startNode",
            "endNode",
            "nodes",
            "relationships",
            "coalesce",
            "timestamp",
            "randomUUID",
            "left",
            "right",
            "substring",
            "trim",
            "ltrim",
            "rtrim",
            "btrim",
            "replace",
            "split",
            "toUpper",
            "upper",
            "toLower",
            "lower",
            "isEmpty",
            "nullIf",
            "valueType",
            "char_length",
            "character_length",
            "normalize",
            "point",
            "point.distance",
            "point.withinBBox",
            "distance",
            "date",
            "datetime",
            "localdatetime",
            "localtime",
            "time",
            "duration",
            "date.truncate",
            "date.realtime",
            "date.statement",
            "date.transaction",
            "datetime.fromepoch",
            "datetime.fromepochmillis",
            "localtime.truncate",
            "time.truncate",
            "localdatetime.truncate",
            "datetime.truncate",
            "duration.between",
            "duration.inMonths",
            "duration.inDays",
            "duration.inSeconds",
        };
        var missing = expected.Where(n => !FunctionRegistry.Default.TryGetFunction(n, out _)).ToList();
        Assert.Empty(missing);
        foreach (
            var agg in new[]
            {
                "count",
                "sum",
                "avg",
                "min",
                "max",
                "collect",
                "percentileCont",
                "percentileDisc",
                "stDev",
                "stDevP",
            }
        )
        {
            Assert.True(FunctionRegistry.Default.IsAggregate(agg), agg);
        }
        Assert.False(FunctionRegistry.Default.IsAggregate("abs"));
    }

    [Fact]
    public void GetFunction_Unknown_IsSyntaxErrorWithTckDetail()
    {
        var e = Assert.Throws<CypherSyntaxException>(() => FunctionRegistry.Default.GetFunction("noSuchFunction"));
        Assert.Equal("UnknownFunction", e.Detail);
        Assert.Equal("Unknown function 'noSuchFunction'", e.Message);
    }

    [Fact]
    public void Arity_IsReportedForTheAnalyzer()
    {
        var substring = FunctionRegistry.Default.GetFunction("substring");
        Assert.Equal(2, substring.MinArgs);
        Assert.Equal(3, substring.MaxArgs);
        Assert.Null(substring.CheckArity(2));
        var tooFew = substring.CheckArity(1);
        Assert.NotNull(tooFew);
        Assert.Equal("InvalidNumberOfArguments", tooFew.Detail);
        Assert.StartsWith("Insufficient parameters for function 'substring'", tooFew.Message, StringComparison.Ordinal);
        Assert.StartsWith("Too many parameters", substring.CheckArity(4)!.Message, StringComparison.Ordinal);
        Assert.Equal(int.MaxValue, FunctionRegistry.Default.GetFunction("coalesce").MaxArgs);
        Assert.Throws<CypherSyntaxException>(() => substring.Invoke([new CypherString("a")], new FunctionContext()));
    }

    [Fact]
    public void Signature_ReadsLikeNeo4j()
    {
        Assert.Equal(
            "abs(input :: INTEGER | FLOAT) :: INTEGER | FLOAT",
            FunctionRegistry.Default.GetFunction("abs").Signature
        );
        Assert.Contains(
            "length :: INTEGER?",
            FunctionRegistry.Default.GetFunction("substring").Signature,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Determinism_Flags()
    {
        Assert.True(FunctionRegistry.Default.GetFunction("abs").IsDeterministic);
        Assert.False(FunctionRegistry.Default.GetFunction("randomUUID").IsDeterministic);
        Assert.False(FunctionRegistry.Default.GetFunction("datetime.realtime").IsDeterministic);
        Assert.True(FunctionRegistry.Default.GetFunction("date.truncate").IsDeterministic);
    }

    [Fact]
    public void CypherTypes_AcceptAndDescribe()
    {
        Assert.True(CypherTypes.Number.Accepts(CypherValueKind.Float));
        Assert.True(CypherTypes.Number.Accepts(CypherValueKind.Null));
        Assert.False(CypherTypes.Number.Accepts(CypherValueKind.String));
        Assert.Equal("ANY", CypherTypes.Any.Describe());
        Assert.Equal(
            "DATE | LOCAL TIME | ZONED TIME | LOCAL DATETIME | ZONED DATETIME",
            CypherTypes.Temporal.Describe()
        );
    }
}
