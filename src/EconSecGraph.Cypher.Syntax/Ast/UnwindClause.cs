namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>UNWIND expression AS variable</c>.</summary>
public sealed record UnwindClause(SourceSpan Span, Expression Expression, Variable Variable) : Clause(Span);
