namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>[e1, e2, …]</c>.</summary>
public sealed record ListLiteral(SourceSpan Span, IReadOnlyList<Expression> Items) : Expression(Span);
