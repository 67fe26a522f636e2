namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>A|B</c> (also the legacy relationship-type form <c>:A|:B</c>).</summary>
public sealed record LabelDisjunction(SourceSpan Span, IReadOnlyList<LabelExpression> Operands) : LabelExpression(Span);
