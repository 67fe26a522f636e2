namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>DROP CONSTRAINT name [IF EXISTS]</c>.</summary>
public sealed record DropConstraintCommand(SourceSpan Span, string Name, bool IfExists) : SchemaCommand(Span);
