namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>Index and constraint commands, and SHOW commands.</summary>
public abstract record SchemaCommand(SourceSpan Span) : StatementBody(Span);
