namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>A float literal (<c>1.5</c>, <c>.5</c>, <c>1e9</c>); a leading minus is folded in.</summary>
public sealed record FloatLiteral(SourceSpan Span, double Value) : LiteralExpression(Span);
