namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>One hop of a chain: the relationship and the node it leads to.</summary>
public sealed record PatternStep(SourceSpan Span, RelationshipPattern Relationship, NodePattern Node) : AstNode(Span);
