using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Runtime;

/// <summary>
/// Finds scalar functions by name (case-insensitive) for the planner: the Functions library's
/// registry plus any the host registers.
/// </summary>
internal sealed class FunctionResolver
{
    private readonly Dictionary<
        string,
        (int Min, int Max, Func<CypherValue[], QueryContext, CypherValue> Body)
    > _extra = new(StringComparer.OrdinalIgnoreCase);

    public void Register(string name, int minArgs, int maxArgs, Func<CypherValue[], QueryContext, CypherValue> body) =>
        _extra[name] = (minArgs, maxArgs, body);

    public bool Exists(string name) => _extra.ContainsKey(name) || LibraryFunctions.Exists(name);

    public Func<CypherValue[], QueryContext, CypherValue> Resolve(string name, int arity, SourcePosition? position)
    {
        if (_extra.TryGetValue(name, out var f))
        {
            CheckArity(name, arity, f.Min, f.Max, position);
            return f.Body;
        }
        if (LibraryFunctions.TryResolve(name, arity, position, out var library))
        {
            return library;
        }
        throw new CypherSyntaxException("Unknown function '" + name + "'", position, "UnknownFunction");
    }

    internal static void CheckArity(string name, int arity, int min, int max, SourcePosition? position)
    {
        if (arity < min)
        {
            throw new CypherSyntaxException(
                "Insufficient parameters for function '" + name + "'",
                position,
                "InvalidNumberOfArguments"
            );
        }
        if (arity > max)
        {
            throw new CypherSyntaxException(
                "Too many parameters for function '" + name + "'",
                position,
                "InvalidNumberOfArguments"
            );
        }
    }
}
