namespace EconSecGraph.Cypher.Syntax.Semantics;

/// <summary>
/// What the semantic pass needs to know about a function: argument count bounds (<see cref="MaxArguments"/> null =
/// unbounded), whether it aggregates, optionally the accepted type of each argument (checked only against types
/// known statically) and the result type.
/// </summary>
public sealed record FunctionSignature(
    string Name,
    int MinArguments,
    int? MaxArguments,
    bool IsAggregate = false,
    IReadOnlyList<StaticType>? ArgumentTypes = null,
    StaticType ReturnType = StaticType.Any
);
