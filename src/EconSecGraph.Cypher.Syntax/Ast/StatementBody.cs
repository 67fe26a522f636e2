namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>A query or a schema command.</summary>
public abstract record StatementBody(SourceSpan Span) : AstNode(Span);
