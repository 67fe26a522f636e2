namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>Left UNION [ALL] Right</c>; longer unions nest to the left.</summary>
public sealed record UnionQuery(SourceSpan Span, Query Left, SingleQuery Right, bool All) : Query(Span);
