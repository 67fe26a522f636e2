namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>A&amp;B</c> or the colon form <c>:A:B</c> (all must hold).</summary>
public sealed record LabelConjunction(SourceSpan Span, IReadOnlyList<LabelExpression> Operands) : LabelExpression(Span);
