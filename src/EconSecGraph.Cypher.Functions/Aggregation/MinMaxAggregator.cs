using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Aggregation;

/// <summary><c>min(x)</c> / <c>max(x)</c> by Cypher orderability across all types; nulls are ignored.</summary>
public sealed class MinMaxAggregator(bool max) : Aggregator
{
    private CypherValue? _best;

    public override void Add(CypherValue value)
    {
        if (value.Kind == CypherValueKind.Null)
        {
            return;
        }
        if (_best is null)
        {
            _best = value;
            return;
        }
        var c = CypherOrdering.CompareValues(value, _best);
        if (max ? c > 0 : c < 0)
        {
            _best = value;
        }
    }

    public override CypherValue Result() => _best ?? CypherNull.Instance;
}
