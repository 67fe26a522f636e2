namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>One clause of a single query.</summary>
public abstract record Clause(SourceSpan Span) : AstNode(Span);
