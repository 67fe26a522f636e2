namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>SET n:A:B</c>.</summary>
public sealed record SetLabelsItem(SourceSpan Span, Variable Variable, IReadOnlyList<string> Labels) : SetItem(Span);
