namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>FOREACH (variable IN list | clause …)</c>; only updating clauses may appear inside.</summary>
public sealed record ForeachClause(SourceSpan Span, Variable Variable, Expression List, IReadOnlyList<Clause> Clauses)
    : Clause(Span);
