namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>When a MERGE action applies.</summary>
public enum MergeActionKind
{
    OnCreate,
    OnMatch,
}
