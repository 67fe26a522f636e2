namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>%</c>: any label (a node with at least one label; any relationship type).</summary>
public sealed record LabelWildcard(SourceSpan Span) : LabelExpression(Span);
