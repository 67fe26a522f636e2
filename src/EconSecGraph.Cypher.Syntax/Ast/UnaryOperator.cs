namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>Prefix operators.</summary>
public enum UnaryOperator
{
    Not,
    Negate,
    Plus,
}
