using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Aggregation;

/// <summary>Passes on only values not equivalent to one seen before (<c>count(DISTINCT x)</c>).</summary>
internal sealed class DistinctAggregator(Aggregator inner) : Aggregator
{
    private readonly HashSet<CypherValue> _seen = new(CypherEquivalence.Instance);

    public override void Add(CypherValue value)
    {
        if (value.Kind != CypherValueKind.Null && _seen.Add(value))
        {
            inner.Add(value);
        }
    }

    public override void Add(CypherValue value, CypherValue argument)
    {
        if (value.Kind != CypherValueKind.Null && _seen.Add(value))
        {
            inner.Add(value, argument);
        }
        else if (value.Kind == CypherValueKind.Null)
        {
            inner.Add(value, argument);
        }
    }

    public override CypherValue Result() => inner.Result();
}
