namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>A sequence of clauses, e.g. <c>MATCH … WITH … RETURN …</c>.</summary>
public sealed record SingleQuery(SourceSpan Span, IReadOnlyList<Clause> Clauses) : Query(Span);
