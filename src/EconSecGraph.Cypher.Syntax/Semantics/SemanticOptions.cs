namespace EconSecGraph.Cypher.Syntax.Semantics;

/// <summary>
/// What the engine tells the semantic pass. Without <see cref="Functions"/>, unknown functions and argument counts
/// are not checked (aggregates are then recognised by the openCypher names); without <see cref="Procedures"/>,
/// procedure calls are not checked.
/// </summary>
public sealed class SemanticOptions
{
    public IFunctionSignatures? Functions { get; init; }

    public IProcedureSignatures? Procedures { get; init; }

    /// <summary>Parameter names known to be supplied (null = do not check). Missing ones raise ParameterMissing.</summary>
    public IReadOnlySet<string>? Parameters { get; init; }
}
