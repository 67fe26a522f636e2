namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>subject {.a, .*, key: expr, variable}</c>.</summary>
public sealed record MapProjection(SourceSpan Span, Variable Subject, IReadOnlyList<MapProjectionItem> Items)
    : Expression(Span);
