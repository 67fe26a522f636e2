using System.Diagnostics.CodeAnalysis;
using EconSecGraph.Cypher.Functions;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Runtime;

/// <summary>Adapter to the Cypher.Functions registry (string, math, list, conversion, temporal, spatial).</summary>
internal static class LibraryFunctions
{
    private static FunctionRegistry Registry => FunctionRegistry.Default;

    public static bool Exists(string name) => Registry.TryGetFunction(name, out _);

    public static IEnumerable<string> Names => Registry.Functions.Select(f => f.Name);

    public static string Category(string name) =>
        name.Contains('.', StringComparison.Ordinal) || name.StartsWith("date", StringComparison.OrdinalIgnoreCase)
            ? "Temporal"
            : "Scalar";

    public static bool TryResolve(
        string name,
        int arity,
        SourcePosition? position,
        [NotNullWhen(true)] out Func<CypherValue[], QueryContext, CypherValue>? function
    )
    {
        if (!Registry.TryGetFunction(name, out var definition))
        {
            function = null;
            return false;
        }
        if (definition.CheckArity(arity, position) is { } error)
        {
            throw error;
        }
        function = (args, ctx) => definition.Invoke(args, ctx.FunctionContext);
        return true;
    }
}
