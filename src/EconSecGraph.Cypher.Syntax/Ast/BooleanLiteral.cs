namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record BooleanLiteral(SourceSpan Span, bool Value) : LiteralExpression(Span);
