namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>One item of SET (or of a MERGE action).</summary>
public abstract record SetItem(SourceSpan Span) : AstNode(Span);
