namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>reduce(acc = initial, x IN list | step)</c>.</summary>
public sealed record ReduceExpression(
    SourceSpan Span,
    Variable Accumulator,
    Expression Initial,
    Variable Variable,
    Expression Source,
    Expression Step
) : Expression(Span);
