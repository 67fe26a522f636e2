namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>DROP INDEX name [IF EXISTS]</c>.</summary>
public sealed record DropIndexCommand(SourceSpan Span, string Name, bool IfExists) : SchemaCommand(Span);
