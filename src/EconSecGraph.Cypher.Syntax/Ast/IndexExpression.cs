namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>subject[index]</c>: list element or dynamic map/property access.</summary>
public sealed record IndexExpression(SourceSpan Span, Expression Subject, Expression Index) : Expression(Span);
