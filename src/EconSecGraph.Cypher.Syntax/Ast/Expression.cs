namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>Any Cypher expression.</summary>
public abstract record Expression(SourceSpan Span) : AstNode(Span);
