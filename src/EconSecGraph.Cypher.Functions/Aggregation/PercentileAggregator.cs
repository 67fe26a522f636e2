using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Aggregation;

/// <summary>
/// <c>percentileCont(x, p)</c> (linear interpolation, float result) and <c>percentileDisc(x, p)</c> (nearest value,
/// keeps its type). <c>p</c> must be a number in [0.0, 1.0].
/// </summary>
public sealed class PercentileAggregator(bool continuous) : Aggregator
{
    private readonly List<CypherValue> _values = [];
    private double? _percentile;

    public override void Add(CypherValue value) =>
        throw new InvalidOperationException("percentile aggregates take a value and a percentile.");

    public override void Add(CypherValue value, CypherValue argument)
    {
        var p = CheckPercentile(argument);
        _percentile ??= p;
        switch (value)
        {
            case CypherNull:
                return;
            case CypherInteger or CypherFloat:
                _values.Add(value);
                return;
            default:
                throw CypherErrors.TypeMismatch(
                    "Float or Integer",
                    value,
                    continuous ? "percentileCont()" : "percentileDisc()"
                );
        }
    }

    public override CypherValue Result()
    {
        if (_values.Count == 0 || _percentile is not { } p)
        {
            return CypherNull.Instance;
        }
        _values.Sort(CypherOrdering.Ascending);
        var n = _values.Count;
        if (continuous)
        {
            var position = p * (n - 1);
            var lower = (int)Math.Floor(position);
            var upper = (int)Math.Ceiling(position);
            var lo = CypherArithmetic.AsDouble(_values[lower]);
            if (lower == upper)
            {
                return new CypherFloat(lo);
            }
            var hi = CypherArithmetic.AsDouble(_values[upper]);
            return new CypherFloat(lo + ((position - lower) * (hi - lo)));
        }
        if (p >= 1.0 || n == 1)
        {
            return _values[n - 1];
        }
        var floatIdx = p * n;
        var toInt = (int)floatIdx;
        var idx = floatIdx != toInt || toInt == 0 ? toInt : toInt - 1;
        return _values[idx];
    }

    private double CheckPercentile(CypherValue argument)
    {
        var name = continuous ? "percentileCont()" : "percentileDisc()";
        if (argument is not (CypherInteger or CypherFloat))
        {
            throw CypherErrors.TypeMismatch("Float or Integer", argument, name + " percentile");
        }
        var p = CypherArithmetic.AsDouble(argument);
        if (!(p >= 0.0 && p <= 1.0))
        {
            throw CypherErrors.NumberOutOfRange(
                "Invalid input '"
                    + CypherFloat.Format(p)
                    + "' is not a valid argument for "
                    + name
                    + ", must be a number in the range 0.0 to 1.0"
            );
        }
        return p;
    }
}
