namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>What a SHOW command lists.</summary>
public enum ShowCommandKind
{
    Indexes,
    Constraints,
    Procedures,
    Functions,
}
