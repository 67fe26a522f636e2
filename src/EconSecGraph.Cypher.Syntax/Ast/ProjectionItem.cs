namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>
/// One projected expression. <see cref="ColumnName"/> is the alias when there is one, otherwise the expression's
/// original source text exactly as typed (Neo4j's column naming).
/// </summary>
public sealed record ProjectionItem(SourceSpan Span, Expression Expression, Variable? Alias, string ColumnName)
    : AstNode(Span);
