using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Temporal;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Temporal;

/// <summary>
/// Builds temporal values from maps as Neo4j does: calendar, week, quarter and ordinal dates; time fields with
/// millisecond/microsecond/nanosecond parts; selection from other temporal values (<c>{date: d, day: 28}</c>,
/// <c>{datetime: x, timezone: 'Z'}</c>); and a bare <c>{timezone: …}</c> meaning "now in that zone".
/// </summary>
public static class TemporalBuilder
{
    private static readonly string[] s_dateBases = ["date"];
    private static readonly string[] s_timeBases = ["time"];
    private static readonly string[] s_dateTimeBases = ["date", "time", "datetime"];
    private static readonly string[] s_dateTimeWithEpochBases =
    [
        "date",
        "time",
        "datetime",
        "epochSeconds",
        "epochMillis",
    ];

    public static CypherValue Date(CypherMap map, IFunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(context);
        var f = new TemporalFieldMap(map, "date", s_dateBases);
        if (f.HasTimeFields)
        {
            throw new CypherArgumentException("date() does not take time fields (hour, minute, …): " + map);
        }
        var baseDay = f.Base("date") is { } b ? DateOf(b, "date") : (long?)null;
        if (baseDay is null && !f.HasDateFields)
        {
            return Clock.Today(context, f.Timezone ?? context.DefaultTimeZone, context.StatementTime);
        }
        return TemporalValues.Date(ResolveDate(f, baseDay, "date"));
    }

    public static CypherValue LocalTime(CypherMap map, IFunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(context);
        var f = new TemporalFieldMap(map, "localtime", s_timeBases);
        RejectDateFields(f, "localtime", map);
        var baseNano = f.Base("time") is { } b ? TimeOf(b, "time") : (long?)null;
        if (baseNano is null && !f.HasTimeFields)
        {
            return Clock.LocalTimeNow(context, f.Timezone ?? context.DefaultTimeZone, context.StatementTime);
        }
        return new CypherLocalTime(ResolveTime(f, baseNano, "localtime"));
    }

    public static CypherValue Time(CypherMap map, IFunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(context);
        var f = new TemporalFieldMap(map, "time", s_timeBases);
        RejectDateFields(f, "time", map);
        var b = f.Base("time");
        var baseNano = b is null ? (long?)null : TimeOf(b, "time");
        if (baseNano is null && !f.HasTimeFields)
        {
            return Clock.TimeNow(context, f.Timezone ?? context.DefaultTimeZone, context.StatementTime);
        }
        var nano = ResolveTime(f, baseNano, "time");
        var now = context.StatementTime.ToUnixTimeSeconds();
        if (b is not null && TemporalValues.Offset(b) is { } sourceOffset)
        {
            if (f.Timezone is null)
            {
                return new CypherTime(nano, sourceOffset);
            }
            var target = f.Timezone.OffsetAt(now);
            return new CypherTime(
                CivilCalendar.FloorMod(
                    nano + ((long)(target - sourceOffset) * CivilCalendar.NanosPerSecond),
                    CivilCalendar.NanosPerDay
                ),
                target
            );
        }
        return new CypherTime(nano, (f.Timezone ?? context.DefaultTimeZone).OffsetAt(now));
    }

    public static CypherValue LocalDateTime(CypherMap map, IFunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(context);
        var f = new TemporalFieldMap(map, "localdatetime", s_dateTimeBases);
        var (day, nano, _) = ResolveDateTime(f, "localdatetime", context, out var now);
        if (now)
        {
            return Clock.LocalDateTimeNow(context, f.Timezone ?? context.DefaultTimeZone, context.StatementTime);
        }
        return TemporalValues.LocalDateTime(day, nano);
    }

    public static CypherValue DateTime(CypherMap map, IFunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(context);
        var f = new TemporalFieldMap(map, "datetime", s_dateTimeWithEpochBases);
        if (f.Base("epochSeconds") is not null || f.Base("epochMillis") is not null)
        {
            return FromEpoch(f, context);
        }
        var (day, nano, source) = ResolveDateTime(f, "datetime", context, out var now);
        if (now)
        {
            return Clock.DateTimeNow(context, f.Timezone ?? context.DefaultTimeZone, context.StatementTime);
        }
        if (source is not null)
        {
            var (zone, preferred) = source.Value;
            var built = TemporalValues.DateTime(day, nano, zone, preferred);
            return f.Timezone is null
                ? built
                : TemporalValues.DateTimeAtInstant(built.EpochSecond, built.Nanosecond, f.Timezone);
        }
        return TemporalValues.DateTime(day, nano, f.Timezone ?? context.DefaultTimeZone);
    }

    /// <summary><c>datetime({epochSeconds: s[, millisecond, microsecond, nanosecond][, timezone]})</c> or <c>{epochMillis: ms, …}</c>.</summary>
    private static CypherDateTime FromEpoch(TemporalFieldMap f, IFunctionContext context)
    {
        if (f.HasDateFields || f.Has("hour") || f.Has("minute") || f.Has("second") || f.Bases.Count != 1)
        {
            throw new CypherArgumentException(
                "datetime() takes either epochSeconds or epochMillis, optionally with millisecond, microsecond, nanosecond and timezone, but no other fields."
            );
        }
        Int128 nanos = 0;
        if (f.Base("epochSeconds") is { } seconds)
        {
            nanos = (Int128)EpochNumber(seconds, "epochSeconds") * CivilCalendar.NanosPerSecond;
        }
        else if (f.Base("epochMillis") is { } millis)
        {
            nanos = (Int128)EpochNumber(millis, "epochMillis") * 1_000_000;
        }
        nanos +=
            ((Int128)(f["millisecond"] ?? 0) * 1_000_000)
            + ((Int128)(f["microsecond"] ?? 0) * 1_000)
            + (f["nanosecond"] ?? 0);
        var second = nanos / CivilCalendar.NanosPerSecond;
        var nano = nanos % CivilCalendar.NanosPerSecond;
        if (nano < 0)
        {
            nano += CivilCalendar.NanosPerSecond;
            second--;
        }
        if (second > long.MaxValue / 2 || second < long.MinValue / 2)
        {
            throw TemporalValues.OutOfRange("The epoch value");
        }
        return TemporalValues.DateTimeAtInstant((long)second, (int)nano, f.Timezone ?? context.DefaultTimeZone);
    }

    private static long EpochNumber(CypherValue v, string key) =>
        v is CypherInteger i ? i.Value : throw CypherErrors.TypeMismatch("Integer", v, "datetime() " + key);

    /// <summary>
    /// Date and time for localdatetime/datetime maps, plus the zone of a zoned base value (the frame in which
    /// field overrides apply before converting to a requested timezone).
    /// </summary>
    private static (long Day, long Nano, (ZoneSpec Zone, int? Offset)? Source) ResolveDateTime(
        TemporalFieldMap f,
        string function,
        IFunctionContext context,
        out bool now
    )
    {
        now = false;
        var dateTimeBase = f.Base("datetime");
        var dateBase = f.Base("date") ?? dateTimeBase;
        var timeBase = f.Base("time") ?? dateTimeBase;
        if (dateBase is null && timeBase is null && !f.HasDateFields && !f.HasTimeFields)
        {
            now = true;
            return (0, 0, null);
        }
        var baseDay = dateBase is null ? (long?)null : DateOf(dateBase, function);
        if (baseDay is null && !f.Has("year"))
        {
            throw new CypherArgumentException(
                function
                    + "() needs a date: give 'year' (with month/day, week/dayOfWeek, quarter/dayOfQuarter or ordinalDay) or a 'date'/'datetime' value."
            );
        }
        var baseNano = timeBase is null ? (long?)null : TimeOf(timeBase, function);
        var day = ResolveDate(f, baseDay, function);
        var nano = baseNano is null && !f.HasTimeFields ? 0 : ResolveTime(f, baseNano, function);
        (ZoneSpec, int?)? source = timeBase switch
        {
            CypherDateTime dt => (TemporalValues.ZoneOf(dt), dt.OffsetSeconds),
            CypherTime t => (ZoneSpec.OfOffset(t.OffsetSeconds), t.OffsetSeconds),
            _ => null,
        };
        return (day, nano, source);
    }

    internal static long ResolveDate(TemporalFieldMap f, long? baseDay, string function)
    {
        var calendar = f.Has("month") || f.Has("day");
        var week = f.Has("week") || f.Has("dayOfWeek");
        var quarter = f.Has("quarter") || f.Has("dayOfQuarter");
        var ordinal = f.Has("ordinalDay");
        if ((calendar ? 1 : 0) + (week ? 1 : 0) + (quarter ? 1 : 0) + (ordinal ? 1 : 0) > 1)
        {
            throw new CypherArgumentException(
                function
                    + "() cannot combine calendar (month/day), week (week/dayOfWeek), quarter (quarter/dayOfQuarter) and ordinal (ordinalDay) fields."
            );
        }
        if (baseDay is not { } b)
        {
            var year =
                f["year"]
                ?? throw new CypherArgumentException(function + "() needs 'year' when no base date is given.");
            if (week)
            {
                Require(f, "dayOfWeek", "week", function);
                return IsoCalendar.FromWeekDate(year, f["week"] ?? 1, f["dayOfWeek"] ?? 1);
            }
            if (quarter)
            {
                Require(f, "dayOfQuarter", "quarter", function);
                return IsoCalendar.FromQuarter(year, f["quarter"] ?? 1, f["dayOfQuarter"] ?? 1);
            }
            if (ordinal)
            {
                return IsoCalendar.FromOrdinal(year, f["ordinalDay"]!.Value);
            }
            Require(f, "day", "month", function);
            return IsoCalendar.FromCalendar(year, f["month"] ?? 1, f["day"] ?? 1);
        }
        var (by, bm, bd) = CivilCalendar.CivilFromDays(b);
        if (week)
        {
            var (bwy, bw) = IsoCalendar.WeekOf(b);
            return IsoCalendar.FromWeekDate(
                f["year"] ?? bwy,
                f["week"] ?? bw,
                f["dayOfWeek"] ?? CivilCalendar.DayOfWeek(b)
            );
        }
        if (quarter)
        {
            var y = f["year"] ?? by;
            var bq = IsoCalendar.Quarter(bm);
            if (f.Has("dayOfQuarter"))
            {
                return IsoCalendar.FromQuarter(y, f["quarter"] ?? bq, f["dayOfQuarter"]!.Value);
            }
            var q = f["quarter"]!.Value;
            IsoCalendar.CheckRange("quarter", q, 1, 4);
            var m = bm + ((q - bq) * 3);
            return IsoCalendar.FromCalendar(y, m, Math.Min(bd, CivilCalendar.DaysInMonth(y, (int)m)));
        }
        if (ordinal)
        {
            return IsoCalendar.FromOrdinal(f["year"] ?? by, f["ordinalDay"]!.Value);
        }
        var year2 = f["year"] ?? by;
        var month2 = f["month"] ?? bm;
        IsoCalendar.CheckYear(year2);
        IsoCalendar.CheckRange("month", month2, 1, 12);
        var day2 = f["day"] ?? Math.Min(bd, CivilCalendar.DaysInMonth(year2, (int)month2));
        return IsoCalendar.FromCalendar(year2, month2, day2);
    }

    internal static long ResolveTime(TemporalFieldMap f, long? baseNano, string function)
    {
        long hour,
            minute,
            second,
            nanoOfSecond;
        var subSecond = f.Has("millisecond") || f.Has("microsecond") || f.Has("nanosecond");
        if (baseNano is { } b)
        {
            hour = f["hour"] ?? (b / (3600 * CivilCalendar.NanosPerSecond));
            minute = f["minute"] ?? (b / (60 * CivilCalendar.NanosPerSecond) % 60);
            second = f["second"] ?? (b / CivilCalendar.NanosPerSecond % 60);
            nanoOfSecond = subSecond
                ? SubSecond(f, b % CivilCalendar.NanosPerSecond)
                : b % CivilCalendar.NanosPerSecond;
        }
        else
        {
            if (!f.Has("hour"))
            {
                throw new CypherArgumentException(function + "() needs 'hour' when other time fields are given.");
            }
            Require(f, "second", "minute", function);
            if (subSecond && !f.Has("second"))
            {
                throw new CypherArgumentException(
                    function + "() needs 'second' when millisecond, microsecond or nanosecond is given."
                );
            }
            hour = f["hour"]!.Value;
            minute = f["minute"] ?? 0;
            second = f["second"] ?? 0;
            nanoOfSecond = subSecond ? SubSecond(f, 0) : 0;
        }
        IsoCalendar.CheckRange("hour", hour, 0, 23);
        IsoCalendar.CheckRange("minute", minute, 0, 59);
        IsoCalendar.CheckRange("second", second, 0, 59);
        return (((hour * 3600) + (minute * 60) + second) * CivilCalendar.NanosPerSecond) + nanoOfSecond;
    }

    /// <summary>
    /// The nanosecond-of-second from millisecond/microsecond/nanosecond fields. Each field sets its own group of
    /// three digits and keeps the base's higher groups (so truncating to milliseconds and then setting
    /// nanosecond: 2 gives .645000002); a value too large for its group replaces the lower groups too.
    /// </summary>
    private static long SubSecond(TemporalFieldMap f, long baseNanos)
    {
        var ms = f["millisecond"];
        var us = f["microsecond"];
        var ns = f["nanosecond"];
        if (ms is not null)
        {
            IsoCalendar.CheckRange("millisecond", ms.Value, 0, 999);
        }
        if (us is not null)
        {
            IsoCalendar.CheckRange("microsecond", us.Value, 0, ms is null ? 999_999 : 999);
        }
        if (ns is not null)
        {
            IsoCalendar.CheckRange("nanosecond", ns.Value, 0, ms is null && us is null ? 999_999_999 : 999);
        }
        var msPart = ms ?? baseNanos / 1_000_000;
        var usPart = us ?? (ms is null ? baseNanos / 1_000 % 1_000 : 0);
        var nsPart = ns ?? (ms is null && us is null ? baseNanos % 1_000 : 0);
        if (us > 999)
        {
            msPart = 0;
        }
        if (ns > 999)
        {
            msPart = 0;
            usPart = 0;
        }
        return (msPart * 1_000_000) + (usPart * 1_000) + nsPart;
    }

    private static void Require(TemporalFieldMap f, string field, string needs, string function)
    {
        if (f.Has(field) && !f.Has(needs))
        {
            throw new CypherArgumentException(function + "() cannot take '" + field + "' without '" + needs + "'.");
        }
    }

    private static void RejectDateFields(TemporalFieldMap f, string function, CypherMap map)
    {
        if (f.HasDateFields)
        {
            throw new CypherArgumentException(function + "() does not take date fields (year, month, …): " + map);
        }
    }

    internal static long DateOf(CypherValue v, string function) =>
        TemporalValues.EpochDay(v)
        ?? throw CypherErrors.TypeMismatch("Date, LocalDateTime or DateTime", v, function + "() date");

    internal static long TimeOf(CypherValue v, string function) =>
        TemporalValues.NanoOfDay(v)
        ?? throw CypherErrors.TypeMismatch("Time, LocalTime, LocalDateTime or DateTime", v, function + "() time");

    /// <summary>A duration from <c>{years, quarters, months, weeks, days, hours, minutes, seconds, milliseconds, microseconds, nanoseconds}</c>; fractions spill into smaller units.</summary>
    public static CypherDuration Duration(CypherMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        Int128 months = 0,
            days = 0,
            seconds = 0,
            nanos = 0;
        double fm = 0,
            fd = 0,
            fs = 0,
            fn = 0;
        var fractional = false;
        foreach (var (key, value) in map)
        {
            if (value.Kind == CypherValueKind.Null)
            {
                continue;
            }
            var (unitMonths, unitDays, unitSeconds, unitNanos) = key.ToLowerInvariant() switch
            {
                "years" => (12L, 0L, 0L, 0L),
                "quarters" => (3L, 0L, 0L, 0L),
                "months" => (1L, 0L, 0L, 0L),
                "weeks" => (0L, 7L, 0L, 0L),
                "days" => (0L, 1L, 0L, 0L),
                "hours" => (0L, 0L, 3600L, 0L),
                "minutes" => (0L, 0L, 60L, 0L),
                "seconds" => (0L, 0L, 1L, 0L),
                "milliseconds" => (0L, 0L, 0L, 1_000_000L),
                "microseconds" => (0L, 0L, 0L, 1_000L),
                "nanoseconds" => (0L, 0L, 0L, 1L),
                _ => throw new CypherArgumentException(
                    "Unknown field '"
                        + key
                        + "' for duration(); it accepts years, quarters, months, weeks, days, hours, minutes, seconds, milliseconds, microseconds and nanoseconds."
                ),
            };
            switch (value)
            {
                case CypherInteger i:
                    months += (Int128)unitMonths * i.Value;
                    days += (Int128)unitDays * i.Value;
                    seconds += (Int128)unitSeconds * i.Value;
                    nanos += (Int128)unitNanos * i.Value;
                    break;
                case CypherFloat x:
                    fractional = true;
                    fm += unitMonths * x.Value;
                    fd += unitDays * x.Value;
                    fs += unitSeconds * x.Value;
                    fn += unitNanos * x.Value;
                    break;
                default:
                    throw CypherErrors.TypeMismatch("Float or Integer", value, "duration() field '" + key + "'");
            }
        }
        if (fractional)
        {
            return DurationArithmetic.Approximate(
                (double)months + fm,
                (double)days + fd,
                (double)seconds + fs,
                (double)nanos + fn
            );
        }
        seconds += nanos / CivilCalendar.NanosPerSecond;
        nanos %= CivilCalendar.NanosPerSecond;
        try
        {
            return DurationArithmetic.Create(
                checked((long)months),
                checked((long)days),
                checked((long)seconds),
                (long)nanos
            );
        }
        catch (OverflowException)
        {
            throw CypherErrors.LongOverflow();
        }
    }
}
