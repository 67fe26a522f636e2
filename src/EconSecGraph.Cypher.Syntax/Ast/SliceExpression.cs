namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>subject[from..to]</c>; either bound may be missing.</summary>
public sealed record SliceExpression(SourceSpan Span, Expression Subject, Expression? From, Expression? To)
    : Expression(Span);
