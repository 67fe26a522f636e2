using System.Diagnostics.CodeAnalysis;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Runtime;

/// <summary>Adapter to the Cypher.Functions registry (string, math, list, conversion, temporal, spatial).</summary>
internal static class LibraryFunctions
{
    public static bool Exists(string name) => false;

    public static IEnumerable<string> Names => [];

    public static string Category(string name) => "Scalar";

    public static bool TryResolve(
        string name,
        int arity,
        SourcePosition? position,
        [NotNullWhen(true)] out Func<CypherValue[], QueryContext, CypherValue>? function
    )
    {
        function = null;
        return false;
    }
}
