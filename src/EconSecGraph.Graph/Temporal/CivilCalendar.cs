namespace EconSecGraph.Graph.Temporal;

/// <summary>
/// Proleptic Gregorian calendar arithmetic on epoch days (days since 1970-01-01), valid for any
/// year Cypher allows. Algorithms after H. Hinnant, "chrono-compatible low-level date algorithms".
/// </summary>
public static class CivilCalendar
{
    public const long NanosPerSecond = 1_000_000_000L;
    public const long NanosPerDay = 86_400L * NanosPerSecond;
    public const long SecondsPerDay = 86_400L;

    public static long DaysFromCivil(long year, int month, int day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yoe = y - (era * 400);
        var doy = ((153 * (month + (month > 2 ? -3 : 9))) + 2) / 5 + day - 1;
        var doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return (era * 146097) + doe - 719468;
    }

    public static (long Year, int Month, int Day) CivilFromDays(long epochDay)
    {
        var z = epochDay + 719468;
        var era = (z >= 0 ? z : z - 146096) / 146097;
        var doe = z - (era * 146097);
        var yoe = (doe - (doe / 1460) + (doe / 36524) - (doe / 146096)) / 365;
        var y = yoe + (era * 400);
        var doy = doe - ((365 * yoe) + (yoe / 4) - (yoe / 100));
        var mp = ((5 * doy) + 2) / 153;
        var d = (int)(doy - (((153 * mp) + 2) / 5) + 1);
        var m = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (m <= 2 ? y + 1 : y, m, d);
    }

    public static bool IsLeapYear(long year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

    public static int DaysInMonth(long year, int month) =>
        month switch
        {
            2 => IsLeapYear(year) ? 29 : 28,
            4 or 6 or 9 or 11 => 30,
            _ => 31,
        };

    /// <summary>ISO day of week, Monday = 1 … Sunday = 7.</summary>
    public static int DayOfWeek(long epochDay) => (int)(FloorMod(epochDay + 3, 7) + 1);

    public static long FloorDiv(long a, long b) => (a / b) - (((a % b != 0) && ((a < 0) ^ (b < 0))) ? 1 : 0);

    public static long FloorMod(long a, long b) => a - (FloorDiv(a, b) * b);
}
