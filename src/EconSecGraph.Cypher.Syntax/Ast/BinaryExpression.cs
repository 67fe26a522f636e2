namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>left op right</c>.</summary>
public sealed record BinaryExpression(SourceSpan Span, BinaryOperator Operator, Expression Left, Expression Right)
    : Expression(Span);
