namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>Legacy path selection functions wrapped around a pattern part.</summary>
public enum PathSelector
{
    None,
    ShortestPath,
    AllShortestPaths,
}
