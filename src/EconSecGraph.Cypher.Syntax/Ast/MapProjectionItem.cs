namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>One selector of a map projection.</summary>
public abstract record MapProjectionItem(SourceSpan Span) : AstNode(Span);
