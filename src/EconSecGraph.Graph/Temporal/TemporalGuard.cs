namespace EconSecGraph.Graph.Temporal;

/// <summary>Range checks shared by the temporal value constructors.</summary>
public static class TemporalGuard
{
    public const long MinYear = -999_999_999;
    public const long MaxYear = 999_999_999;

    public static void CheckDate(long year, int month, int day)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Year must be between {MinYear} and {MaxYear}.");
        }
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be between 1 and 12.");
        }
        if (day < 1 || day > CivilCalendar.DaysInMonth(year, month))
        {
            throw new ArgumentOutOfRangeException(
                nameof(day),
                day,
                $"Day must be between 1 and {CivilCalendar.DaysInMonth(year, month)} for {year}-{month:D2}."
            );
        }
    }

    public static void CheckNanoOfDay(long nanoOfDay)
    {
        if (nanoOfDay < 0 || nanoOfDay >= CivilCalendar.NanosPerDay)
        {
            throw new ArgumentOutOfRangeException(
                nameof(nanoOfDay),
                nanoOfDay,
                "Time of day must be within 00:00 and 23:59:59.999999999."
            );
        }
    }

    public static void CheckOffset(int offsetSeconds)
    {
        if (offsetSeconds is < -18 * 3600 or > 18 * 3600)
        {
            throw new ArgumentOutOfRangeException(
                nameof(offsetSeconds),
                offsetSeconds,
                "Offset must be within ±18:00."
            );
        }
    }
}
