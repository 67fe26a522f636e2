namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>
/// <c>[OPTIONAL] CALL [(vars | *)] { query } [IN TRANSACTIONS …]</c>. <see cref="ImportedVariables"/> is null for
/// the classic form (imports by a leading WITH inside the subquery); otherwise it lists the scope clause's
/// variables, and <see cref="ImportAll"/> is true for <c>CALL (*)</c>.
/// </summary>
public sealed record CallSubqueryClause(
    SourceSpan Span,
    Query Query,
    IReadOnlyList<Variable>? ImportedVariables,
    bool ImportAll,
    InTransactionsOptions? InTransactions,
    bool Optional
) : Clause(Span);
