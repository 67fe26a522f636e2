namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>field [AS alias]</c>; the variable bound is <see cref="VariableName"/>.</summary>
public sealed record YieldItem(SourceSpan Span, string Field, Variable? Alias) : AstNode(Span)
{
    public string VariableName => Alias?.Name ?? Field;
}
