namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>COUNT { pattern [WHERE …] }</c> or <c>COUNT { full query }</c>.</summary>
public sealed record CountSubquery(SourceSpan Span, Pattern? Pattern, Expression? Where, Query? Query)
    : Expression(Span);
