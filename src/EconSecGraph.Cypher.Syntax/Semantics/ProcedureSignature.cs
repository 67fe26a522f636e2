namespace EconSecGraph.Cypher.Syntax.Semantics;

/// <summary>A procedure's input names and output field names (for argument count and YIELD checks).</summary>
public sealed record ProcedureSignature(
    string Name,
    IReadOnlyList<string> Inputs,
    IReadOnlyList<string> Outputs,
    IReadOnlyList<StaticType>? InputTypes = null
);
