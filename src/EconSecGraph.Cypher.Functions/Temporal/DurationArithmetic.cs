using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Temporal;

/// <summary>Duration ± duration, duration × number and duration ÷ number, with Neo4j's spill-down of fractions.</summary>
public static class DurationArithmetic
{
    /// <summary>365.2425 / 12 days, the average month Neo4j uses to spill fractional months into days.</summary>
    public const double AverageDaysPerMonth = 30.436875;
    private const double NanosPerSecondD = 1e9;
    private const double NanosPerDayD = 86_400e9;
    private const double NanosPerMonthD = 2_629_746e9;

    public static CypherDuration Add(CypherDuration a, CypherDuration b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Create(
            CypherArithmetic.AddExact(a.Months, b.Months),
            CypherArithmetic.AddExact(a.Days, b.Days),
            CypherArithmetic.AddExact(a.Seconds, b.Seconds),
            (long)a.Nanoseconds + b.Nanoseconds
        );
    }

    public static CypherDuration Subtract(CypherDuration a, CypherDuration b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Create(
            CypherArithmetic.SubtractExact(a.Months, b.Months),
            CypherArithmetic.SubtractExact(a.Days, b.Days),
            CypherArithmetic.SubtractExact(a.Seconds, b.Seconds),
            (long)a.Nanoseconds - b.Nanoseconds
        );
    }

    public static CypherDuration Negate(CypherDuration d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return Create(
            CypherArithmetic.SubtractExact(0, d.Months),
            CypherArithmetic.SubtractExact(0, d.Days),
            CypherArithmetic.SubtractExact(0, d.Seconds),
            -(long)d.Nanoseconds
        );
    }

    public static CypherDuration Multiply(CypherDuration d, CypherValue factor)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(factor);
        if (factor is CypherInteger i)
        {
            var f = i.Value;
            return Create(
                CypherArithmetic.MultiplyExact(d.Months, f),
                CypherArithmetic.MultiplyExact(d.Days, f),
                CypherArithmetic.MultiplyExact(d.Seconds, f),
                CypherArithmetic.MultiplyExact(d.Nanoseconds, f)
            );
        }
        var x = ((CypherFloat)factor).Value;
        return Approximate(d.Months * x, d.Days * x, d.Seconds * x, d.Nanoseconds * x);
    }

    public static CypherDuration Divide(CypherDuration d, CypherValue divisor)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(divisor);
        var x = CypherArithmetic.AsDouble(divisor);
        if (x == 0)
        {
            throw CypherErrors.DivisionByZero();
        }
        return Approximate(d.Months / x, d.Days / x, d.Seconds / x, d.Nanoseconds / x);
    }

    /// <summary>
    /// Builds a duration from fractional components: the fraction of a month spills into days (average month),
    /// the fraction of a day into seconds, the fraction of a second into nanoseconds (computed in nanoseconds so
    /// rounding error stays below one nanosecond).
    /// </summary>
    public static CypherDuration Approximate(double months, double days, double seconds, double nanos)
    {
        var m = ToLong(months);
        days += ((NanosPerMonthD * months) - (NanosPerMonthD * m)) / NanosPerDayD;
        var d = ToLong(days);
        seconds += ((NanosPerDayD * days) - (NanosPerDayD * d)) / NanosPerSecondD;
        var s = ToLong(seconds);
        nanos += (NanosPerSecondD * seconds) - (NanosPerSecondD * s);
        return Create(m, d, s, ToLong(nanos));
    }

    /// <summary>Creates a duration, reporting overflow as Neo4j's ArithmeticError.</summary>
    public static CypherDuration Create(long months, long days, long seconds, long nanos)
    {
        try
        {
            return new CypherDuration(months, days, seconds, nanos);
        }
        catch (OverflowException)
        {
            throw CypherErrors.LongOverflow();
        }
    }

    private static long ToLong(double value)
    {
        if (
            double.IsNaN(value)
            || double.IsInfinity(value)
            || value >= 9.2233720368547758E18
            || value < -9.2233720368547758E18
        )
        {
            throw CypherErrors.Arithmetic("Duration component out of range: " + CypherFloat.Format(value));
        }
        return (long)value;
    }
}
