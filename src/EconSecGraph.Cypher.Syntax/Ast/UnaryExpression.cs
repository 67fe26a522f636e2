namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>NOT e</c>, <c>-e</c>, <c>+e</c>.</summary>
public sealed record UnaryExpression(SourceSpan Span, UnaryOperator Operator, Expression Operand) : Expression(Span);
