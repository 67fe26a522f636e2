namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>REMOVE n:A:B</c>.</summary>
public sealed record RemoveLabelsItem(SourceSpan Span, Variable Variable, IReadOnlyList<string> Labels)
    : RemoveItem(Span);
