namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>subject:A:B</c> (or <c>subject IS A</c>): true when the node has the labels / the relationship has the type.</summary>
public sealed record LabelPredicate(SourceSpan Span, Expression Subject, LabelExpression Labels) : Expression(Span);
