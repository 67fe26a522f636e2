namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>count(*)</c>.</summary>
public sealed record CountStar(SourceSpan Span) : Expression(Span);
