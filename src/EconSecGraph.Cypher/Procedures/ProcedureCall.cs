using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Procedures;

/// <summary>What a procedure body receives: its arguments (defaults filled in) and access to the graph.</summary>
public sealed class ProcedureCall
{
    internal ProcedureCall(IReadOnlyList<CypherValue> arguments, Runtime.QueryContext context)
    {
        Arguments = arguments;
        Context = context;
    }

    public IReadOnlyList<CypherValue> Arguments { get; }

    internal Runtime.QueryContext Context { get; }

    public CancellationToken CancellationToken => Context.Cancellation;
}
