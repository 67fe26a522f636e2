namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>WITH projection [WHERE predicate]</c>.</summary>
public sealed record WithClause(SourceSpan Span, ProjectionBody Projection, Expression? Where) : Clause(Span);
