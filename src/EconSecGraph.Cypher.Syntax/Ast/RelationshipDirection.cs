namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>The arrow of a relationship pattern relative to the text: <c>--&gt;</c>, <c>&lt;--</c>, or <c>--</c> / <c>&lt;--&gt;</c>.</summary>
public enum RelationshipDirection
{
    Outgoing,
    Incoming,
    Undirected,
}
