namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>[p = (a)--&gt;(b) WHERE pred | projection]</c>.</summary>
public sealed record PatternComprehension(
    SourceSpan Span,
    Variable? PathVariable,
    PatternElement Pattern,
    Expression? Where,
    Expression Projection
) : Expression(Span);
