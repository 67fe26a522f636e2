namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>How a statement is to be run: normally, or wrapped in EXPLAIN or PROFILE.</summary>
public enum StatementMode
{
    Execute,
    Explain,
    Profile,
}
