namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>$name</c> or <c>$0</c> (<see cref="Name"/> is then <c>"0"</c>).</summary>
public sealed record Parameter(SourceSpan Span, string Name) : Expression(Span);
