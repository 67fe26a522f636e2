namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>[x IN list WHERE p | projection]</c>; WHERE and projection are each optional.</summary>
public sealed record ListComprehension(
    SourceSpan Span,
    Variable Variable,
    Expression Source,
    Expression? Where,
    Expression? Projection
) : Expression(Span);
