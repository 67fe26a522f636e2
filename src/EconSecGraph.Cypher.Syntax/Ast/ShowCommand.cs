namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>
/// <c>SHOW [filter] INDEXES|CONSTRAINTS|PROCEDURES|FUNCTIONS [WHERE …] | [YIELD … [WHERE …] [RETURN …]]</c>.
/// <see cref="Filter"/> is the upper-cased filter words as typed (<c>ALL</c>, <c>RANGE</c>, <c>FULLTEXT</c>,
/// <c>NODE UNIQUE</c>, <c>BUILT IN</c>, …) or null.
/// </summary>
public sealed record ShowCommand(
    SourceSpan Span,
    ShowCommandKind Kind,
    string? Filter,
    Expression? Where,
    YieldClause? Yield,
    ReturnClause? Return
) : SchemaCommand(Span);
