namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>A single label or relationship type name.</summary>
public sealed record LabelName(SourceSpan Span, string Name) : LabelExpression(Span);
