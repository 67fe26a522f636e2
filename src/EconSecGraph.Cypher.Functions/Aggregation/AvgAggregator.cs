using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Cypher.Functions.Temporal;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Aggregation;

/// <summary><c>avg(x)</c>: a float for numbers, a duration for durations, null when there are no values.</summary>
public sealed class AvgAggregator : Aggregator
{
    private long _count;
    private Int128 _longSum;
    private double _doubleSum;
    private bool _sawNumber;
    private Int128 _months;
    private Int128 _days;
    private Int128 _nanos;

    public override void Add(CypherValue value)
    {
        switch (value)
        {
            case CypherNull:
                return;
            case CypherInteger i when !IsDuration:
                _sawNumber = true;
                _longSum += i.Value;
                break;
            case CypherFloat f when !IsDuration:
                _sawNumber = true;
                _doubleSum += f.Value;
                break;
            case CypherDuration d when !_sawNumber:
                _months += d.Months;
                _days += d.Days;
                _nanos += ((Int128)d.Seconds * 1_000_000_000) + d.Nanoseconds;
                _durations++;
                break;
            default:
                throw new CypherTypeException(
                    "avg() can only handle numerical values, duration, and null; got " + TypeNames.Describe(value)
                );
        }
        _count++;
    }

    private long _durations;

    private bool IsDuration => _durations > 0;

    public override CypherValue Result()
    {
        if (_count == 0)
        {
            return CypherNull.Instance;
        }
        if (IsDuration)
        {
            double n = _count;
            return DurationArithmetic.Approximate((double)_months / n, (double)_days / n, 0, (double)_nanos / n);
        }
        return new CypherFloat(((double)_longSum + _doubleSum) / _count);
    }
}
