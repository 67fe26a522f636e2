namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>RETURN projection</c>.</summary>
public sealed record ReturnClause(SourceSpan Span, ProjectionBody Projection) : Clause(Span);
