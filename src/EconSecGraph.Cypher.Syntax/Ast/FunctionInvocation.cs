namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>
/// <c>ns.name([DISTINCT] args)</c>. Function names are case-insensitive: compare <see cref="FullName"/> ordinally
/// ignoring case. Legacy <c>exists(n.prop)</c> / <c>exists((a)--&gt;())</c> parse as a call to <c>exists</c>.
/// </summary>
public sealed record FunctionInvocation(
    SourceSpan Span,
    IReadOnlyList<string> Namespace,
    string Name,
    bool Distinct,
    IReadOnlyList<Expression> Arguments
) : Expression(Span)
{
    /// <summary>The dotted name as typed, e.g. <c>date.truncate</c>.</summary>
    public string FullName => Namespace.Count == 0 ? Name : string.Join('.', Namespace) + "." + Name;
}
