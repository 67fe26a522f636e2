namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>A scalar literal.</summary>
public abstract record LiteralExpression(SourceSpan Span) : Expression(Span);
