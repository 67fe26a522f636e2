namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>.*</c> in a map projection.</summary>
public sealed record AllPropertiesSelector(SourceSpan Span) : MapProjectionItem(Span);
