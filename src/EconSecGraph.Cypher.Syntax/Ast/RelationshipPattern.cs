namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>-[variable :types *length {properties} WHERE predicate]-&gt;</c>.</summary>
public sealed record RelationshipPattern(
    SourceSpan Span,
    Variable? Variable,
    RelationshipDirection Direction,
    LabelExpression? Types,
    PathLength? Length,
    Expression? Properties,
    Expression? Where
) : AstNode(Span);
