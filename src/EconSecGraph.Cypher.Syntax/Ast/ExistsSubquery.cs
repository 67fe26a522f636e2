namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>
/// <c>EXISTS { pattern [WHERE …] }</c> (<see cref="Pattern"/> set) or <c>EXISTS { full query }</c> (<see cref="Query"/> set).
/// </summary>
public sealed record ExistsSubquery(SourceSpan Span, Pattern? Pattern, Expression? Where, Query? Query)
    : Expression(Span);
