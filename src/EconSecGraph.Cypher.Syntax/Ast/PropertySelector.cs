namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>.key</c> in a map projection.</summary>
public sealed record PropertySelector(SourceSpan Span, string Property) : MapProjectionItem(Span);
