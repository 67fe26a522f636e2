using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Temporal;

namespace EconSecGraph.Cypher.Functions.Temporal;

/// <summary>ISO-8601 week dates, quarters and ordinal days on epoch days, for the full Cypher year range.</summary>
public static class IsoCalendar
{
    public const long MinYear = TemporalGuard.MinYear;
    public const long MaxYear = TemporalGuard.MaxYear;

    public static long MinEpochDay { get; } = CivilCalendar.DaysFromCivil(MinYear, 1, 1);

    public static long MaxEpochDay { get; } = CivilCalendar.DaysFromCivil(MaxYear, 12, 31);

    /// <summary>The Monday that starts ISO week 1 of <paramref name="weekYear"/>.</summary>
    public static long WeekOneMonday(long weekYear)
    {
        var jan4 = CivilCalendar.DaysFromCivil(weekYear, 1, 4);
        return jan4 - (CivilCalendar.DayOfWeek(jan4) - 1);
    }

    public static (long WeekYear, int Week) WeekOf(long epochDay)
    {
        var year = CivilCalendar.CivilFromDays(epochDay).Year;
        var weekYear = year;
        if (epochDay < WeekOneMonday(year))
        {
            weekYear = year - 1;
        }
        else if (epochDay >= WeekOneMonday(year + 1))
        {
            weekYear = year + 1;
        }
        return (weekYear, (int)((epochDay - WeekOneMonday(weekYear)) / 7) + 1);
    }

    public static int WeeksInWeekYear(long weekYear) =>
        (int)((WeekOneMonday(weekYear + 1) - WeekOneMonday(weekYear)) / 7);

    public static long FromWeekDate(long weekYear, long week, long dayOfWeek)
    {
        CheckYear(weekYear);
        var weeks = WeeksInWeekYear(weekYear);
        if (week < 1 || week > weeks)
        {
            throw OutOfRange("week", week, 1, weeks, $" for week-based year {weekYear}");
        }
        CheckRange("dayOfWeek", dayOfWeek, 1, 7);
        return WeekOneMonday(weekYear) + ((week - 1) * 7) + (dayOfWeek - 1);
    }

    public static long FromOrdinal(long year, long ordinalDay)
    {
        CheckYear(year);
        var length = CivilCalendar.IsLeapYear(year) ? 366 : 365;
        CheckRange("ordinalDay", ordinalDay, 1, length, $" in {year}");
        return CivilCalendar.DaysFromCivil(year, 1, 1) + ordinalDay - 1;
    }

    public static long FromQuarter(long year, long quarter, long dayOfQuarter)
    {
        CheckYear(year);
        CheckRange("quarter", quarter, 1, 4);
        var start = CivilCalendar.DaysFromCivil(year, (int)((quarter - 1) * 3) + 1, 1);
        var end =
            quarter == 4
                ? CivilCalendar.DaysFromCivil(year + 1, 1, 1)
                : CivilCalendar.DaysFromCivil(year, (int)(quarter * 3) + 1, 1);
        CheckRange("dayOfQuarter", dayOfQuarter, 1, end - start, $" in quarter {quarter} of {year}");
        return start + dayOfQuarter - 1;
    }

    public static long FromCalendar(long year, long month, long day)
    {
        CheckYear(year);
        CheckRange("month", month, 1, 12);
        CheckRange("day", day, 1, CivilCalendar.DaysInMonth(year, (int)month), $" in {year}-{month:D2}");
        return CivilCalendar.DaysFromCivil(year, (int)month, (int)day);
    }

    public static int Quarter(int month) => ((month - 1) / 3) + 1;

    public static int DayOfQuarter(long epochDay)
    {
        var (y, m, _) = CivilCalendar.CivilFromDays(epochDay);
        return (int)(epochDay - CivilCalendar.DaysFromCivil(y, ((Quarter(m) - 1) * 3) + 1, 1)) + 1;
    }

    public static int OrdinalDay(long epochDay)
    {
        var y = CivilCalendar.CivilFromDays(epochDay).Year;
        return (int)(epochDay - CivilCalendar.DaysFromCivil(y, 1, 1)) + 1;
    }

    /// <summary>Adds months, clamping the day to the end of the target month (Jan 31 + 1 month = Feb 28/29).</summary>
    public static long PlusMonths(long epochDay, long months)
    {
        if (months == 0)
        {
            return epochDay;
        }
        var (y, m, d) = CivilCalendar.CivilFromDays(epochDay);
        var total = (Int128)y * 12 + (m - 1) + months;
        var ny = (long)Int128Floor(total, 12);
        var nm = (int)(total - ((Int128)ny * 12)) + 1;
        CheckYear(ny);
        return CivilCalendar.DaysFromCivil(ny, nm, Math.Min(d, CivilCalendar.DaysInMonth(ny, nm)));
    }

    public static void CheckEpochDay(long epochDay)
    {
        if (epochDay < MinEpochDay || epochDay > MaxEpochDay)
        {
            throw CypherErrors.InvalidArgument(
                "Date is out of range: Cypher supports years " + MinYear + " to " + MaxYear + "."
            );
        }
    }

    public static void CheckYear(long year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw OutOfRange("year", year, MinYear, MaxYear, string.Empty);
        }
    }

    public static void CheckRange(string field, long value, long min, long max, string where = "")
    {
        if (value < min || value > max)
        {
            throw OutOfRange(field, value, min, max, where);
        }
    }

    private static Graph.Errors.CypherArgumentException OutOfRange(
        string field,
        long value,
        long min,
        long max,
        string where
    ) =>
        CypherErrors.InvalidArgument(
            FormattableString.Invariant($"Invalid value for {field}: {value} (valid values {min} - {max}{where}).")
        );

    private static Int128 Int128Floor(Int128 a, Int128 b)
    {
        var q = a / b;
        return (a % b != 0) && ((a < 0) ^ (b < 0)) ? q - 1 : q;
    }
}
