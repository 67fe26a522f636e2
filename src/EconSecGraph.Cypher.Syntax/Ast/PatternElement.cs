namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>A chain: a start node followed by (relationship, node) steps.</summary>
public sealed record PatternElement(SourceSpan Span, NodePattern Start, IReadOnlyList<PatternStep> Steps)
    : AstNode(Span);
