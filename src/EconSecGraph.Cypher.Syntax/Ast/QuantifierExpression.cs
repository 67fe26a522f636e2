namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>all|any|none|single(x IN list WHERE predicate)</c>.</summary>
public sealed record QuantifierExpression(
    SourceSpan Span,
    Quantifier Quantifier,
    Variable Variable,
    Expression Source,
    Expression? Where
) : Expression(Span);
