namespace EconSecGraph.Cypher.Functions.Semantics;

/// <summary>Exact comparison between 64-bit integers and doubles (no precision loss above 2^53).</summary>
internal static class NumberComparison
{
    private const double TwoPow63 = 9223372036854775808.0;

    /// <summary>Compares an integer with a non-NaN double exactly.</summary>
    public static int Compare(long l, double d)
    {
        if (d >= TwoPow63)
        {
            return -1;
        }
        if (d < -TwoPow63)
        {
            return 1;
        }
        // d is now within [-2^63, 2^63): its truncation fits in a long exactly.
        var truncated = (long)d;
        if (l != truncated)
        {
            return l < truncated ? -1 : 1;
        }
        var fraction = d - truncated;
        return fraction > 0 ? -1
            : fraction < 0 ? 1
            : 0;
    }

    public static bool Equal(long l, double d) => !double.IsNaN(d) && Compare(l, d) == 0;

    /// <summary>True when <paramref name="d"/> is an integral value representable as a long.</summary>
    public static bool TryGetExactLong(double d, out long value)
    {
        if (d >= -TwoPow63 && d < TwoPow63 && Math.Floor(d) == d)
        {
            value = (long)d;
            return true;
        }
        value = 0;
        return false;
    }

    /// <summary>Java's saturating double → long cast (NaN → 0).</summary>
    public static long SaturatingToLong(double d)
    {
        if (double.IsNaN(d))
        {
            return 0;
        }
        if (d >= TwoPow63)
        {
            return long.MaxValue;
        }
        if (d <= -TwoPow63)
        {
            return long.MinValue;
        }
        return (long)d;
    }
}
