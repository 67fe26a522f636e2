using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Runtime;

/// <summary>The aggregate functions the engine knows, and their accumulators.</summary>
internal static class AggregateFunctions
{
    private static readonly HashSet<string> s_names =
    [
        "count",
        "sum",
        "avg",
        "min",
        "max",
        "collect",
        "stdev",
        "stdevp",
        "percentilecont",
        "percentiledisc",
    ];

    public static IReadOnlyCollection<string> Names => s_names;

    public static bool IsAggregate(string lowerName) => s_names.Contains(lowerName);

    /// <summary>A factory of fresh accumulators for <paramref name="lowerName"/>; count(*) when <paramref name="star"/>.</summary>
    public static Func<QueryContext, Accumulator> Factory(string lowerName, bool star) =>
        lowerName switch
        {
            "count" when star => _ => new CountAccumulator(countNulls: true),
            "count" => _ => new CountAccumulator(countNulls: false),
            "sum" => _ => new SumAccumulator(),
            "avg" => _ => new AvgAccumulator(),
            "min" => _ => new ExtremeAccumulator(max: false),
            "max" => _ => new ExtremeAccumulator(max: true),
            "collect" => ctx => new CollectAccumulator(ctx),
            "stdev" => _ => new StdevAccumulator(sample: true),
            "stdevp" => _ => new StdevAccumulator(sample: false),
            "percentilecont" => _ => new PercentileAccumulator(continuous: true),
            "percentiledisc" => _ => new PercentileAccumulator(continuous: false),
            _ => throw new CypherSyntaxException("Unknown function '" + lowerName + "'", detail: "UnknownFunction"),
        };

    private sealed class CountAccumulator(bool countNulls) : Accumulator
    {
        private long _count;

        public override void Add(CypherValue value, CypherValue extra)
        {
            if (countNulls || !value.IsNull)
            {
                _count++;
            }
        }

        public override CypherValue Result() => CypherInteger.Of(_count);
    }

    private sealed class SumAccumulator : Accumulator
    {
        private CypherValue _sum = CypherInteger.Of(0);

        public override void Add(CypherValue value, CypherValue extra)
        {
            if (value.IsNull)
            {
                return;
            }
            if (value is not (CypherInteger or CypherFloat or CypherDuration))
            {
                throw new CypherTypeException(
                    "sum() can only handle numerical values, duration, and null. Got " + TypeNames.Describe(value),
                    detail: "InvalidArgumentType"
                );
            }
            _sum =
                _sum is CypherInteger { Value: 0 } && value is CypherDuration
                    ? value
                    : CypherArithmetic.Add(_sum, value);
        }

        public override CypherValue Result() => _sum;
    }

    private sealed class AvgAccumulator : Accumulator
    {
        private double _sum;
        private long _count;
        private CypherValue? _durationSum;

        public override void Add(CypherValue value, CypherValue extra)
        {
            switch (value)
            {
                case CypherNull:
                    return;
                case CypherInteger i:
                    _sum += i.Value;
                    break;
                case CypherFloat f:
                    _sum += f.Value;
                    break;
                case CypherDuration:
                    _durationSum = _durationSum is null ? value : CypherArithmetic.Add(_durationSum, value);
                    break;
                default:
                    throw new CypherTypeException(
                        "avg() can only handle numerical values, duration, and null. Got " + TypeNames.Describe(value),
                        detail: "InvalidArgumentType"
                    );
            }
            _count++;
        }

        public override CypherValue Result()
        {
            if (_count == 0)
            {
                return CypherNull.Instance;
            }
            if (_durationSum is not null)
            {
                return CypherArithmetic.Divide(_durationSum, CypherInteger.Of(_count));
            }
            return new CypherFloat(_sum / _count);
        }
    }

    private sealed class ExtremeAccumulator(bool max) : Accumulator
    {
        private CypherValue _best = CypherNull.Instance;

        public override void Add(CypherValue value, CypherValue extra)
        {
            if (value.IsNull)
            {
                return;
            }
            if (_best.IsNull)
            {
                _best = value;
                return;
            }
            var c = ValueSemantics.Order(value, _best);
            if (max ? c > 0 : c < 0)
            {
                _best = value;
            }
        }

        public override CypherValue Result() => _best;
    }

    private sealed class CollectAccumulator(QueryContext context) : Accumulator
    {
        private readonly List<CypherValue> _items = [];

        public override void Add(CypherValue value, CypherValue extra)
        {
            if (!value.IsNull)
            {
                _items.Add(value);
                context.Buffer();
            }
        }

        public override CypherValue Result() => CypherList.Wrap([.. _items]);
    }

    private sealed class StdevAccumulator(bool sample) : Accumulator
    {
        private long _n;
        private double _mean;
        private double _m2;

        public override void Add(CypherValue value, CypherValue extra)
        {
            double x;
            switch (value)
            {
                case CypherNull:
                    return;
                case CypherInteger i:
                    x = i.Value;
                    break;
                case CypherFloat f:
                    x = f.Value;
                    break;
                default:
                    throw new CypherTypeException(
                        "stDev() can only handle numerical values and null. Got " + TypeNames.Describe(value),
                        detail: "InvalidArgumentType"
                    );
            }
            _n++;
            var d = x - _mean;
            _mean += d / _n;
            _m2 += d * (x - _mean);
        }

        public override CypherValue Result()
        {
            if (_n == 0 || (sample && _n == 1))
            {
                return new CypherFloat(0);
            }
            return new CypherFloat(Math.Sqrt(_m2 / (sample ? _n - 1 : _n)));
        }
    }

    private sealed class PercentileAccumulator(bool continuous) : Accumulator
    {
        private readonly List<double> _values = [];
        private bool _allIntegers = true;
        private double? _percentile;

        public override void Add(CypherValue value, CypherValue extra)
        {
            if (_percentile is null)
            {
                var p = extra switch
                {
                    CypherInteger i => i.Value,
                    CypherFloat f => f.Value,
                    _ => throw new CypherTypeException(
                        "The percentile must be a number.",
                        detail: "InvalidArgumentType"
                    ),
                };
                if (p is < 0 or > 1 || double.IsNaN(p))
                {
                    throw new CypherArgumentException(
                        "Invalid input '"
                            + CypherFloat.Format(p)
                            + "' is not a valid argument, must be a number in the range 0.0 to 1.0",
                        detail: "NumberOutOfRange"
                    );
                }
                _percentile = p;
            }
            switch (value)
            {
                case CypherNull:
                    return;
                case CypherInteger i:
                    _values.Add(i.Value);
                    break;
                case CypherFloat f:
                    _allIntegers = false;
                    _values.Add(f.Value);
                    break;
                default:
                    throw new CypherTypeException(
                        "percentile functions can only handle numerical values and null. Got "
                            + TypeNames.Describe(value),
                        detail: "InvalidArgumentType"
                    );
            }
        }

        public override CypherValue Result()
        {
            if (_values.Count == 0)
            {
                return CypherNull.Instance;
            }
            _values.Sort();
            var p = _percentile ?? 0;
            if (continuous)
            {
                var pos = p * (_values.Count - 1);
                var lo = (int)Math.Floor(pos);
                var hi = (int)Math.Ceiling(pos);
                var r = _values[lo] + ((_values[hi] - _values[lo]) * (pos - lo));
                return new CypherFloat(r);
            }
            var index = p == 0 ? 0 : (int)Math.Ceiling(p * _values.Count) - 1;
            var v = _values[Math.Clamp(index, 0, _values.Count - 1)];
            return _allIntegers ? CypherInteger.Of((long)v) : new CypherFloat(v);
        }
    }
}
