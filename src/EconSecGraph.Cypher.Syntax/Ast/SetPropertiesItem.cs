namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>SET target = map</c> (replace all properties) or <c>SET target += map</c> (<see cref="Merge"/>).</summary>
public sealed record SetPropertiesItem(SourceSpan Span, Expression Target, Expression Value, bool Merge)
    : SetItem(Span);
