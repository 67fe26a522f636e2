namespace EconSecGraph.Cypher.Syntax.Semantics;

/// <summary>Where a query appears: its composition rules differ.</summary>
internal enum QueryRole
{
    Top,
    CallSubquery,
    ExistsSubquery,
    CountSubquery,
    CollectSubquery,
}
