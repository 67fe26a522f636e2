namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>The list predicate functions.</summary>
public enum Quantifier
{
    All,
    Any,
    None,
    Single,
}
