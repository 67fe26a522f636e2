using System.Globalization;
using System.Text;
using EconSecGraph.Graph.Temporal;

namespace EconSecGraph.Graph.Values;

/// <summary>
/// A Cypher DURATION: months, days, seconds and nanoseconds kept apart (a month is not a fixed
/// number of days). Nanoseconds are normalised into [0, 10^9) with the carry in seconds, as Neo4j does.
/// </summary>
public sealed class CypherDuration : CypherValue
{
    public static readonly CypherDuration Zero = new(0, 0, 0, 0);

    public CypherDuration(long months, long days, long seconds, long nanoseconds)
    {
        Months = months;
        Days = days;
        Seconds = checked(seconds + CivilCalendar.FloorDiv(nanoseconds, CivilCalendar.NanosPerSecond));
        Nanoseconds = (int)CivilCalendar.FloorMod(nanoseconds, CivilCalendar.NanosPerSecond);
    }

    public long Months { get; }

    public long Days { get; }

    public long Seconds { get; }

    /// <summary>Always within [0, 999 999 999].</summary>
    public int Nanoseconds { get; }

    public override CypherValueKind Kind => CypherValueKind.Duration;

    /// <summary>ISO-8601 as Neo4j prints it, e.g. <c>P1Y2M3DT4H5M6.7S</c>, <c>PT0S</c>.</summary>
    public override string ToString()
    {
        if (Months == 0 && Days == 0 && Seconds == 0 && Nanoseconds == 0)
        {
            return "PT0S";
        }
        var sb = new StringBuilder("P");
        Append(sb, Months / 12, 'Y');
        Append(sb, Months % 12, 'M');
        Append(sb, Days, 'D');
        if (Seconds != 0 || Nanoseconds != 0)
        {
            var s = Seconds;
            long n = Nanoseconds;
            if (s < 0 && n != 0)
            {
                s++;
                n -= CivilCalendar.NanosPerSecond;
            }
            sb.Append('T');
            Append(sb, s / 3600, 'H');
            s %= 3600;
            Append(sb, s / 60, 'M');
            s %= 60;
            if (s != 0)
            {
                sb.Append(s.ToString(CultureInfo.InvariantCulture));
                AppendFraction(sb, n);
                sb.Append('S');
            }
            else if (n != 0)
            {
                if (n < 0)
                {
                    sb.Append('-');
                }
                sb.Append('0');
                AppendFraction(sb, n);
                sb.Append('S');
            }
        }
        if (sb.Length == 1)
        {
            sb.Append("T0S");
        }
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, long quantity, char unit)
    {
        if (quantity != 0)
        {
            sb.Append(quantity.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }

    private static void AppendFraction(StringBuilder sb, long nanos)
    {
        if (nanos == 0)
        {
            return;
        }
        var n = Math.Abs(nanos);
        sb.Append('.');
        for (var mod = CivilCalendar.NanosPerSecond; mod > 1 && n > 0; n %= mod)
        {
            mod /= 10;
            sb.Append((char)('0' + (n / mod)));
        }
    }

    public override bool Equals(object? obj) =>
        obj is CypherDuration d
        && d.Months == Months
        && d.Days == Days
        && d.Seconds == Seconds
        && d.Nanoseconds == Nanoseconds;

    public override int GetHashCode() => HashCode.Combine(Months, Days, Seconds, Nanoseconds);
}
