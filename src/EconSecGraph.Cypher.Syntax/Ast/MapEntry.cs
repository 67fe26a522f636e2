namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>One <c>key: value</c> of a map literal.</summary>
public sealed record MapEntry(SourceSpan Span, string Key, Expression Value) : AstNode(Span);
