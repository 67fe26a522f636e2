namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>The kind of index in <c>CREATE … INDEX</c>.</summary>
public enum IndexKind
{
    Range,
    Text,
    Point,
    Fulltext,
    Lookup,
    Vector,
}
