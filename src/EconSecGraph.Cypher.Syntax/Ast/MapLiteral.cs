namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>{key: value, …}</c>.</summary>
public sealed record MapLiteral(SourceSpan Span, IReadOnlyList<MapEntry> Entries) : Expression(Span);
