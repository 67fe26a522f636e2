namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>e IS NULL</c> or (<see cref="Negated"/>) <c>e IS NOT NULL</c>.</summary>
public sealed record IsNullExpression(SourceSpan Span, Expression Operand, bool Negated) : Expression(Span);
