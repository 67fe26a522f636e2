namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>ON CREATE SET …</c> or <c>ON MATCH SET …</c>.</summary>
public sealed record MergeAction(SourceSpan Span, MergeActionKind Kind, IReadOnlyList<SetItem> Items) : AstNode(Span);
