namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>Base of every syntax node: immutable, with the span of query text it came from.</summary>
public abstract record AstNode(SourceSpan Span);
