using EconSecGraph.Cypher.Functions.Tests.Tck;
using EconSecGraph.Graph.Values;
using NodaTime;

namespace EconSecGraph.Cypher.Functions.Tests.Library;

/// <summary>Calls registry functions with a fixed clock.</summary>
internal static class F
{
    public static readonly Instant Now = Instant.FromUtc(2024, 5, 6, 7, 8, 9) + Duration.FromNanoseconds(123_456_789);

    public static FunctionContext Context(string? zone = null) => new(new FixedClock(Now), zone, new Random(42));

    public static CypherValue Call(string name, params CypherValue[] args) =>
        FunctionRegistry.Default.GetFunction(name).Invoke(args, Context());

    public static CypherValue CallIn(string zone, string name, params CypherValue[] args) =>
        FunctionRegistry.Default.GetFunction(name).Invoke(args, Context(zone));

    public static string Str(string name, params CypherValue[] args) => Call(name, args).ToString();
}
