namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>subject.property</c>.</summary>
public sealed record PropertyLookup(SourceSpan Span, Expression Subject, string Property) : Expression(Span);
