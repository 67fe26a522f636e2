namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>A label (or relationship type) expression: names combined with <c>&amp;</c>, <c>|</c>, <c>!</c>, <c>%</c>.</summary>
public abstract record LabelExpression(SourceSpan Span) : AstNode(Span);
