using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Aggregation;

/// <summary><c>stDev(x)</c> (sample) and <c>stDevP(x)</c> (population), by Welford's algorithm; 0.0 for too few values.</summary>
public sealed class StDevAggregator(bool population) : Aggregator
{
    private long _count;
    private double _mean;
    private double _m2;

    public override void Add(CypherValue value)
    {
        if (value.Kind == CypherValueKind.Null)
        {
            return;
        }
        if (value is not (CypherInteger or CypherFloat))
        {
            throw CypherErrors.TypeMismatch("Float or Integer", value, population ? "stDevP()" : "stDev()");
        }
        var x = CypherArithmetic.AsDouble(value);
        _count++;
        var delta = x - _mean;
        _mean += delta / _count;
        _m2 += delta * (x - _mean);
    }

    public override CypherValue Result()
    {
        var denominator = population ? _count : _count - 1;
        return new CypherFloat(denominator <= 0 ? 0.0 : Math.Sqrt(_m2 / denominator));
    }
}
