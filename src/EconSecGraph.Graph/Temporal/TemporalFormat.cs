using System.Globalization;
using System.Text;

namespace EconSecGraph.Graph.Temporal;

/// <summary>ISO-8601 rendering in the shape Neo4j (java.time) prints temporals.</summary>
public static class TemporalFormat
{
    public static void AppendDate(StringBuilder sb, long epochDay)
    {
        var (year, month, day) = CivilCalendar.CivilFromDays(epochDay);
        if (Math.Abs(year) < 1000)
        {
            if (year < 0)
            {
                sb.Append('-');
            }
            sb.Append(Math.Abs(year).ToString("D4", CultureInfo.InvariantCulture));
        }
        else
        {
            if (year > 9999)
            {
                sb.Append('+');
            }
            sb.Append(year.ToString(CultureInfo.InvariantCulture));
        }
        sb.Append('-').Append(month.ToString("D2", CultureInfo.InvariantCulture));
        sb.Append('-').Append(day.ToString("D2", CultureInfo.InvariantCulture));
    }

    /// <summary>HH:mm, HH:mm:ss, or with a fraction of 3, 6 or 9 digits (java.time's LocalTime.toString).</summary>
    public static void AppendTime(StringBuilder sb, long nanoOfDay)
    {
        var hour = nanoOfDay / (3600 * CivilCalendar.NanosPerSecond);
        var minute = nanoOfDay / (60 * CivilCalendar.NanosPerSecond) % 60;
        var second = nanoOfDay / CivilCalendar.NanosPerSecond % 60;
        var nano = nanoOfDay % CivilCalendar.NanosPerSecond;
        sb.Append(hour.ToString("D2", CultureInfo.InvariantCulture));
        sb.Append(':').Append(minute.ToString("D2", CultureInfo.InvariantCulture));
        if (second == 0 && nano == 0)
        {
            return;
        }
        sb.Append(':').Append(second.ToString("D2", CultureInfo.InvariantCulture));
        if (nano == 0)
        {
            return;
        }
        if (nano % 1_000_000 == 0)
        {
            sb.Append('.').Append((nano / 1_000_000).ToString("D3", CultureInfo.InvariantCulture));
        }
        else if (nano % 1000 == 0)
        {
            sb.Append('.').Append((nano / 1000).ToString("D6", CultureInfo.InvariantCulture));
        }
        else
        {
            sb.Append('.').Append(nano.ToString("D9", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Z for zero, otherwise ±HH:MM or ±HH:MM:SS.</summary>
    public static void AppendOffset(StringBuilder sb, int offsetSeconds)
    {
        if (offsetSeconds == 0)
        {
            sb.Append('Z');
            return;
        }
        sb.Append(offsetSeconds < 0 ? '-' : '+');
        var abs = Math.Abs(offsetSeconds);
        sb.Append((abs / 3600).ToString("D2", CultureInfo.InvariantCulture));
        sb.Append(':').Append((abs / 60 % 60).ToString("D2", CultureInfo.InvariantCulture));
        if (abs % 60 != 0)
        {
            sb.Append(':').Append((abs % 60).ToString("D2", CultureInfo.InvariantCulture));
        }
    }

    public static string FormatOffset(int offsetSeconds)
    {
        var sb = new StringBuilder(9);
        AppendOffset(sb, offsetSeconds);
        return sb.ToString();
    }
}
