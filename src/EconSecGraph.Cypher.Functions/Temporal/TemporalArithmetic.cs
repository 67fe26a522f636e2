using EconSecGraph.Graph.Temporal;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Temporal;

/// <summary>
/// Temporal value + duration as Neo4j (java.time) computes it: months first (clamping the day), then days,
/// then seconds and nanoseconds. Dates take only whole days of the time part; times ignore months and days.
/// Zoned datetimes add months and days on the wall clock (keeping the offset when still valid) and
/// seconds on the instant.
/// </summary>
public static class TemporalArithmetic
{
    private const long NanosPerSecond = CivilCalendar.NanosPerSecond;
    private const long NanosPerDay = CivilCalendar.NanosPerDay;

    public static bool IsTemporal(CypherValue value) =>
        value.Kind
            is CypherValueKind.Date
                or CypherValueKind.LocalTime
                or CypherValueKind.Time
                or CypherValueKind.LocalDateTime
                or CypherValueKind.DateTime;

    public static CypherValue Add(CypherValue temporal, CypherDuration d)
    {
        ArgumentNullException.ThrowIfNull(temporal);
        ArgumentNullException.ThrowIfNull(d);
        switch (temporal)
        {
            case CypherDate date:
                return TemporalValues.Date(
                    Checked(() =>
                        checked(IsoCalendar.PlusMonths(date.EpochDay, d.Months) + d.Days + (d.Seconds / 86_400))
                    )
                );
            case CypherLocalTime t:
                return new CypherLocalTime(AddToTime(t.NanoOfDay, d));
            case CypherTime t:
                return new CypherTime(AddToTime(t.NanoOfDay, d), t.OffsetSeconds);
            case CypherLocalDateTime ldt:
            {
                var day = Checked(() => checked(IsoCalendar.PlusMonths(ldt.EpochDay, d.Months) + d.Days));
                var (epochDay, nano) = AddTime(day, ldt.NanoOfDay, d);
                return TemporalValues.LocalDateTime(epochDay, nano);
            }
            case CypherDateTime dt:
            {
                var zone = TemporalValues.ZoneOf(dt);
                var day = Checked(() => checked(IsoCalendar.PlusMonths(dt.LocalEpochDay, d.Months) + d.Days));
                var baseValue =
                    day == dt.LocalEpochDay
                        ? dt
                        : TemporalValues.DateTime(day, dt.LocalNanoOfDay, zone, dt.OffsetSeconds);
                if (d.Seconds == 0 && d.Nanoseconds == 0)
                {
                    return baseValue;
                }
                var nanos = (Int128)baseValue.Nanosecond + d.Nanoseconds;
                var seconds = (Int128)baseValue.EpochSecond + d.Seconds + (long)(nanos / NanosPerSecond);
                return TemporalValues.DateTimeAtInstant(
                    Checked(() => checked((long)seconds)),
                    (int)(nanos % NanosPerSecond),
                    zone
                );
            }
            default:
                throw new ArgumentException("Not a temporal value: " + temporal.Kind, nameof(temporal));
        }
    }

    private static long AddToTime(long nanoOfDay, CypherDuration d)
    {
        var delta = (CivilCalendar.FloorMod(d.Seconds, 86_400) * NanosPerSecond) + d.Nanoseconds;
        return CivilCalendar.FloorMod(nanoOfDay + delta, NanosPerDay);
    }

    private static (long EpochDay, long NanoOfDay) AddTime(long epochDay, long nanoOfDay, CypherDuration d)
    {
        var total = (Int128)nanoOfDay + ((Int128)d.Seconds * NanosPerSecond) + d.Nanoseconds;
        var days = total / NanosPerDay;
        var rest = total % NanosPerDay;
        if (rest < 0)
        {
            rest += NanosPerDay;
            days -= 1;
        }
        return (Checked(() => checked(epochDay + (long)days)), (long)rest);
    }

    private static long Checked(Func<long> compute)
    {
        try
        {
            return compute();
        }
        catch (OverflowException)
        {
            throw TemporalValues.OutOfRange("The result of the temporal arithmetic");
        }
    }
}
