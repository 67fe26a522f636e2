namespace EconSecGraph.Cypher.Runtime;

/// <summary>PROFILE figures for one operator.</summary>
internal sealed class OperatorStatistics
{
    public long Rows;
    public long InclusiveDbHits;
}
