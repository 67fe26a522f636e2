namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>A bare variable in a map projection: <c>key</c> = its name, value = the variable.</summary>
public sealed record VariableSelector(SourceSpan Span, Variable Variable) : MapProjectionItem(Span);
