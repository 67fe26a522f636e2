namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>!A</c>.</summary>
public sealed record LabelNegation(SourceSpan Span, LabelExpression Operand) : LabelExpression(Span);
