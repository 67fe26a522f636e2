using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Aggregation;

/// <summary><c>count(x)</c> counts non-null values; <c>count(*)</c> (countNulls) counts rows.</summary>
public sealed class CountAggregator(bool countNulls = false) : Aggregator
{
    private long _count;

    public override void Add(CypherValue value)
    {
        if (countNulls || value.Kind != CypherValueKind.Null)
        {
            _count++;
        }
    }

    /// <summary>For <c>count(*)</c>: counts one row.</summary>
    public void AddRow() => _count++;

    public override CypherValue Result() => CypherInteger.Of(_count);
}
