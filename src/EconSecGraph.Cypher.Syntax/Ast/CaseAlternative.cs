namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>One <c>WHEN … THEN …</c>.</summary>
public sealed record CaseAlternative(SourceSpan Span, Expression When, Expression Then) : AstNode(Span);
