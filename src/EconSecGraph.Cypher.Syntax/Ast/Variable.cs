namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>A variable reference or declaration.</summary>
public sealed record Variable(SourceSpan Span, string Name) : Expression(Span);
