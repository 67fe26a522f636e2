namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>Simple <c>CASE subject WHEN v THEN r … [ELSE e] END</c> or searched (<see cref="Subject"/> null) <c>CASE WHEN p THEN r … END</c>.</summary>
public sealed record CaseExpression(
    SourceSpan Span,
    Expression? Subject,
    IReadOnlyList<CaseAlternative> Alternatives,
    Expression? Else
) : Expression(Span);
