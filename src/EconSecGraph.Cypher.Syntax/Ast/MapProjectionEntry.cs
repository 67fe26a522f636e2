namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>key: expression</c> in a map projection.</summary>
public sealed record MapProjectionEntry(SourceSpan Span, string Key, Expression Value) : MapProjectionItem(Span);
