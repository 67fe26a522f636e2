namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>
/// <c>YIELD * | item, …</c> with an optional WHERE; SHOW commands also allow ORDER BY, SKIP and LIMIT here.
/// </summary>
public sealed record YieldClause(
    SourceSpan Span,
    bool All,
    IReadOnlyList<YieldItem> Items,
    IReadOnlyList<SortItem> OrderBy,
    Expression? Skip,
    Expression? Limit,
    Expression? Where
) : AstNode(Span);
