namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>(variable :labels {properties} WHERE predicate)</c>; every part optional. Properties are a map literal or a parameter.</summary>
public sealed record NodePattern(
    SourceSpan Span,
    Variable? Variable,
    LabelExpression? Labels,
    Expression? Properties,
    Expression? Where
) : AstNode(Span);
