namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>
/// The body shared by WITH and RETURN: <c>[DISTINCT] {* | items} [ORDER BY …] [SKIP n] [LIMIT n]</c>.
/// <see cref="IncludeExisting"/> is true for <c>*</c> (then <see cref="Items"/> holds any extra items after <c>*,</c>).
/// </summary>
public sealed record ProjectionBody(
    SourceSpan Span,
    bool Distinct,
    bool IncludeExisting,
    IReadOnlyList<ProjectionItem> Items,
    IReadOnlyList<SortItem> OrderBy,
    Expression? Skip,
    Expression? Limit
) : AstNode(Span);
