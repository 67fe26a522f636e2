using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Temporal;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Temporal;

/// <summary>
/// <c>date.truncate(unit, value[, map])</c> and friends: truncates to millennium, century, decade, year, weekYear,
/// quarter, month, week, day, hour, minute, second, millisecond or microsecond, then applies the map's fields
/// (and, for zoned results, its timezone) to the truncated value.
/// </summary>
public static class TemporalTruncation
{
    private static readonly string[] s_dateUnits =
    [
        "millennium",
        "century",
        "decade",
        "year",
        "weekyear",
        "quarter",
        "month",
        "week",
        "day",
    ];
    private static readonly string[] s_timeUnits = ["day", "hour", "minute", "second", "millisecond", "microsecond"];

    public static CypherValue Truncate(
        CypherValueKind target,
        string unit,
        CypherValue value,
        CypherMap? overrides,
        IFunctionContext context
    )
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(context);
        var function = FunctionName(target) + ".truncate";
        var u = unit.ToLowerInvariant();
        var isDateUnit = Array.IndexOf(s_dateUnits, u) >= 0;
        var isTimeUnit = Array.IndexOf(s_timeUnits, u) >= 0;
        if (!isDateUnit && !isTimeUnit)
        {
            throw new CypherArgumentException(
                "Unknown truncation unit '"
                    + unit
                    + "' for "
                    + function
                    + "(); use millennium, century, decade, year, weekYear, quarter, month, week, day, hour, minute, second, millisecond or microsecond."
            );
        }
        var hasDate = target is CypherValueKind.Date or CypherValueKind.LocalDateTime or CypherValueKind.DateTime;
        var hasTime = target is not CypherValueKind.Date;
        if ((target == CypherValueKind.Date && !isDateUnit) || (!hasDate && !isTimeUnit))
        {
            throw new CypherArgumentException(
                "Cannot truncate " + TypeNames.Of(value) + " to unit '" + unit + "' with " + function + "()."
            );
        }
        var epochDay = TemporalValues.EpochDay(value);
        var nanoOfDay = TemporalValues.NanoOfDay(value);
        if ((hasDate && epochDay is null) || (!hasDate && nanoOfDay is null) || !TemporalArithmetic.IsTemporal(value))
        {
            throw CypherErrors.TypeMismatch(
                hasDate ? "Date, LocalDateTime or DateTime" : "a temporal value with a time",
                value,
                function + "()"
            );
        }
        var day = epochDay is { } d && hasDate ? TruncateDate(d, u) : 0;
        var nano = isDateUnit || nanoOfDay is null ? 0 : TruncateTime(nanoOfDay.Value, u);
        ZoneSpec? timezone = null;
        if (overrides is not null)
        {
            var f = new TemporalFieldMap(overrides, function, []);
            timezone = f.Timezone;
            if (f.HasDateFields)
            {
                if (!hasDate)
                {
                    throw new CypherArgumentException(function + "() cannot set date fields: " + overrides);
                }
                day = TemporalBuilder.ResolveDate(f, day, function);
            }
            if (f.HasTimeFields)
            {
                if (!hasTime)
                {
                    throw new CypherArgumentException(function + "() cannot set time fields: " + overrides);
                }
                nano = TemporalBuilder.ResolveTime(f, nano, function);
            }
        }
        var now = context.StatementTime.ToUnixTimeSeconds();
        switch (target)
        {
            case CypherValueKind.Date:
                return TemporalValues.Date(day);
            case CypherValueKind.LocalTime:
                return new CypherLocalTime(nano);
            case CypherValueKind.Time:
            {
                var offset =
                    timezone?.OffsetAt(now) ?? TemporalValues.Offset(value) ?? context.DefaultTimeZone.OffsetAt(now);
                return new CypherTime(nano, offset);
            }
            case CypherValueKind.LocalDateTime:
                return TemporalValues.LocalDateTime(day, nano);
            default:
            {
                var zone =
                    timezone ?? (value is CypherDateTime dt ? TemporalValues.ZoneOf(dt) : context.DefaultTimeZone);
                var preferred = value is CypherDateTime dt2 && timezone is null ? dt2.OffsetSeconds : (int?)null;
                return TemporalValues.DateTime(day, nano, zone, preferred);
            }
        }
    }

    private static long TruncateDate(long epochDay, string unit)
    {
        var (y, m, _) = CivilCalendar.CivilFromDays(epochDay);
        return unit switch
        {
            "millennium" => CivilCalendar.DaysFromCivil(CivilCalendar.FloorDiv(y, 1000) * 1000, 1, 1),
            "century" => CivilCalendar.DaysFromCivil(CivilCalendar.FloorDiv(y, 100) * 100, 1, 1),
            "decade" => CivilCalendar.DaysFromCivil(CivilCalendar.FloorDiv(y, 10) * 10, 1, 1),
            "year" => CivilCalendar.DaysFromCivil(y, 1, 1),
            "weekyear" => IsoCalendar.WeekOneMonday(IsoCalendar.WeekOf(epochDay).WeekYear),
            "quarter" => CivilCalendar.DaysFromCivil(y, ((IsoCalendar.Quarter(m) - 1) * 3) + 1, 1),
            "month" => CivilCalendar.DaysFromCivil(y, m, 1),
            "week" => epochDay - (CivilCalendar.DayOfWeek(epochDay) - 1),
            _ => epochDay,
        };
    }

    private static long TruncateTime(long nanoOfDay, string unit)
    {
        var step = unit switch
        {
            "hour" => 3600 * CivilCalendar.NanosPerSecond,
            "minute" => 60 * CivilCalendar.NanosPerSecond,
            "second" => CivilCalendar.NanosPerSecond,
            "millisecond" => 1_000_000L,
            "microsecond" => 1_000L,
            _ => CivilCalendar.NanosPerDay,
        };
        return nanoOfDay - (nanoOfDay % step);
    }

    internal static string FunctionName(CypherValueKind kind) =>
        kind switch
        {
            CypherValueKind.Date => "date",
            CypherValueKind.LocalTime => "localtime",
            CypherValueKind.Time => "time",
            CypherValueKind.LocalDateTime => "localdatetime",
            _ => "datetime",
        };
}
