namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>Variable length <c>*</c>, <c>*n</c> (Min = Max = n), <c>*a..b</c>, <c>*..b</c>, <c>*a..</c>; null bounds are open.</summary>
public sealed record PathLength(SourceSpan Span, long? Min, long? Max) : AstNode(Span);
