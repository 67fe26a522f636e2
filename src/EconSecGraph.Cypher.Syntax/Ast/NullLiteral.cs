namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>null</c>.</summary>
public sealed record NullLiteral(SourceSpan Span) : LiteralExpression(Span);
