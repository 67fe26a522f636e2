namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>A relationship pattern used as an expression, e.g. <c>WHERE (a)-[:T]-&gt;(b)</c> (a predicate) or <c>exists((a)--&gt;())</c>.</summary>
public sealed record PatternExpression(SourceSpan Span, PatternElement Pattern) : Expression(Span);
