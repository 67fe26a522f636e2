namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>Comma-separated path patterns, as in MATCH and CREATE.</summary>
public sealed record Pattern(SourceSpan Span, IReadOnlyList<PatternPart> Parts) : AstNode(Span);
