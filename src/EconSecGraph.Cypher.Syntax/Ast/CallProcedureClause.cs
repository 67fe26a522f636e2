namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>
/// <c>[OPTIONAL] CALL ns.name(args) [YIELD …]</c>. <see cref="Arguments"/> is null for the implicit-argument form
/// <c>CALL ns.name</c> (arguments come from parameters of the same names).
/// </summary>
public sealed record CallProcedureClause(
    SourceSpan Span,
    IReadOnlyList<string> Namespace,
    string Name,
    IReadOnlyList<Expression>? Arguments,
    YieldClause? Yield,
    bool Optional
) : Clause(Span)
{
    /// <summary>The dotted name, e.g. <c>db.labels</c>.</summary>
    public string FullName => Namespace.Count == 0 ? Name : string.Join('.', Namespace) + "." + Name;
}
