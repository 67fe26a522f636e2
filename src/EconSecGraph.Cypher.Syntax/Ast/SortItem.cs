namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>One <c>ORDER BY</c> key.</summary>
public sealed record SortItem(SourceSpan Span, Expression Expression, bool Descending) : AstNode(Span);
