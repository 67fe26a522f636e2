namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>SET subject.key = value</c>.</summary>
public sealed record SetPropertyItem(SourceSpan Span, PropertyLookup Property, Expression Value) : SetItem(Span);
