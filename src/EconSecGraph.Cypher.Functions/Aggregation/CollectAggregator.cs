using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Aggregation;

/// <summary><c>collect(x)</c>: the non-null values in arrival order.</summary>
public sealed class CollectAggregator : Aggregator
{
    private readonly List<CypherValue> _items = [];

    public override void Add(CypherValue value)
    {
        if (value.Kind != CypherValueKind.Null)
        {
            _items.Add(value);
        }
    }

    public override CypherValue Result() => CypherList.Wrap([.. _items]);
}
