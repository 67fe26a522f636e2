namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>COLLECT { query ending in RETURN of one column }</c>.</summary>
public sealed record CollectSubquery(SourceSpan Span, Query Query) : Expression(Span);
