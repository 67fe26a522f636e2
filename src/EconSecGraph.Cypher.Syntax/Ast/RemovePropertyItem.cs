namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>REMOVE subject.key</c>.</summary>
public sealed record RemovePropertyItem(SourceSpan Span, PropertyLookup Property) : RemoveItem(Span);
