namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>A single query or a union of queries.</summary>
public abstract record Query(SourceSpan Span) : StatementBody(Span);
