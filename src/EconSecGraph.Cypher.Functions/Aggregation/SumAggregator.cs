using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Cypher.Functions.Temporal;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Aggregation;

/// <summary>
/// <c>sum(x)</c>: integers stay integers (overflow raises "long overflow"), any float makes the sum a float,
/// durations sum to a duration; mixing numbers and durations is a type error. No values gives 0.
/// </summary>
public sealed class SumAggregator : Aggregator
{
    private long _longSum;
    private double _doubleSum;
    private double _compensation;
    private bool _isFloat;
    private CypherDuration? _durationSum;
    private bool _sawNumber;

    public override void Add(CypherValue value)
    {
        switch (value)
        {
            case CypherNull:
                return;
            case CypherInteger i when _durationSum is null:
                _sawNumber = true;
                if (_isFloat)
                {
                    AddDouble(i.Value);
                }
                else
                {
                    _longSum = CypherArithmetic.AddExact(_longSum, i.Value);
                }
                return;
            case CypherFloat f when _durationSum is null:
                _sawNumber = true;
                if (!_isFloat)
                {
                    _isFloat = true;
                    _doubleSum = _longSum;
                }
                AddDouble(f.Value);
                return;
            case CypherDuration d when !_sawNumber:
                _durationSum = _durationSum is null ? d : DurationArithmetic.Add(_durationSum, d);
                return;
            default:
                throw new CypherTypeException(
                    "sum() can only handle numerical values, duration, and null; got "
                        + TypeNames.Describe(value)
                        + (_durationSum is not null || _sawNumber ? " after values of another kind" : string.Empty)
                );
        }
    }

    public override CypherValue Result() =>
        _durationSum is not null ? _durationSum
        : _isFloat ? new CypherFloat(_doubleSum + _compensation)
        : CypherInteger.Of(_longSum);

    // Neumaier summation keeps float sums accurate over many rows.
    private void AddDouble(double x)
    {
        var t = _doubleSum + x;
        if (double.IsFinite(t))
        {
            _compensation += Math.Abs(_doubleSum) >= Math.Abs(x) ? (_doubleSum - t) + x : (x - t) + _doubleSum;
        }
        _doubleSum = t;
    }
}
