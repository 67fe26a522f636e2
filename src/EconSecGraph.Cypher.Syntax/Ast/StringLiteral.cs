namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>A string literal with its escapes resolved.</summary>
public sealed record StringLiteral(SourceSpan Span, string Value) : LiteralExpression(Span);
