namespace EconSecGraph.Cypher.Syntax.Semantics;

/// <summary>
/// A procedure's input names and output field names (for argument count and YIELD checks).
/// Inputs after the first <see cref="RequiredInputs"/> have defaults and may be left out
/// (<c>db.index.fulltext.queryNodes(name, query)</c> omits its options map).
/// </summary>
public sealed record ProcedureSignature(
    string Name,
    IReadOnlyList<string> Inputs,
    IReadOnlyList<string> Outputs,
    IReadOnlyList<StaticType>? InputTypes = null,
    int? RequiredInputs = null
)
{
    /// <summary>The number of arguments a call must give at least.</summary>
    public int MinimumArguments => RequiredInputs ?? Inputs.Count;
}
