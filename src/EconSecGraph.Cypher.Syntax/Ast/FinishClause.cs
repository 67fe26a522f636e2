namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>FINISH</c>: ends a query without returning rows.</summary>
public sealed record FinishClause(SourceSpan Span) : Clause(Span);
