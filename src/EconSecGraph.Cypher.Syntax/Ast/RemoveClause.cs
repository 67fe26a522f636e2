namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>REMOVE item, item, …</c>.</summary>
public sealed record RemoveClause(SourceSpan Span, IReadOnlyList<RemoveItem> Items) : Clause(Span);
