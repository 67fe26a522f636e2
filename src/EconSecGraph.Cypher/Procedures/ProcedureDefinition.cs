using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Procedures;

/// <summary>
/// A procedure callable with <c>CALL name(args) YIELD …</c>: its signature and a body that returns rows
/// (one value per output, in output order). Register your own with <see cref="ProcedureRegistry.Register"/>.
/// </summary>
public sealed record ProcedureDefinition(
    string Name,
    IReadOnlyList<ProcedureField> Inputs,
    IReadOnlyList<ProcedureField> Outputs,
    ProcedureMode Mode,
    string Description,
    Func<ProcedureCall, IEnumerable<CypherValue[]>> Body
)
{
    /// <summary>
    /// Optional: the number of rows <see cref="Body"/> would return for the same call, computed without
    /// producing them. Set it only when no output is ever null; <c>CALL … YIELD x RETURN count(x)</c> then skips the rows.
    /// </summary>
    public Func<ProcedureCall, long>? Count { get; init; }

    /// <summary>Neo4j's signature form, e.g. <c>db.labels() :: (label :: STRING)</c>.</summary>
    public string Signature =>
        Name
        + "("
        + string.Join(
            ", ",
            Inputs.Select(i => i.Name + " :: " + i.Type + (i.Default is null ? string.Empty : " = " + i.Default))
        )
        + ") :: ("
        + string.Join(", ", Outputs.Select(o => o.Name + " :: " + o.Type))
        + ")";
}
