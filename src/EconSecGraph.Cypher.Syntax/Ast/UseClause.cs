namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>USE graph</c>: the graph is a (possibly dotted) name or a call such as <c>graph.byName(…)</c>.</summary>
public sealed record UseClause(SourceSpan Span, Expression Graph) : Clause(Span);
