using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Cypher.Functions.Temporal;
using EconSecGraph.Graph.Temporal;
using EconSecGraph.Graph.Values;
using NodaTime;
using static EconSecGraph.Cypher.Functions.Library.Arg;

namespace EconSecGraph.Cypher.Functions.Library;

/// <summary>date, localtime, time, localdatetime, datetime, duration and their namespaced forms.</summary>
internal static class TemporalFunctions
{
    private const CypherTypes Input = CypherTypes.String | CypherTypes.Map | CypherTypes.Temporal;

    public static void Register(FunctionRegistry r)
    {
        foreach (
            var kind in (ReadOnlySpan<CypherValueKind>)
                [
                    CypherValueKind.Date,
                    CypherValueKind.LocalTime,
                    CypherValueKind.Time,
                    CypherValueKind.LocalDateTime,
                    CypherValueKind.DateTime,
                ]
        )
        {
            RegisterKind(r, kind);
        }
        r.Register(
            new(
                "datetime.fromepoch",
                [P("seconds", CypherTypes.Number), P("nanoseconds", CypherTypes.Number)],
                CypherTypes.DateTime,
                "The UTC datetime at seconds and nanoseconds after 1970-01-01T00:00Z.",
                FromEpoch
            )
        );
        r.Register(
            new(
                "datetime.fromepochmillis",
                [P("milliseconds", CypherTypes.Number)],
                CypherTypes.DateTime,
                "The UTC datetime at milliseconds after 1970-01-01T00:00Z.",
                FromEpochMillis
            )
        );
        r.Register(
            new(
                "duration",
                [P("input", CypherTypes.String | CypherTypes.Map)],
                CypherTypes.Duration,
                "A duration from an ISO-8601 string or a map of components.",
                Duration
            )
        );
        RegisterBetween(
            r,
            "duration.between",
            DurationBetweenUnit.All,
            "The duration between two temporal values in months, days, seconds and nanoseconds."
        );
        RegisterBetween(
            r,
            "duration.inMonths",
            DurationBetweenUnit.Months,
            "The duration between two temporal values in whole months."
        );
        RegisterBetween(
            r,
            "duration.inDays",
            DurationBetweenUnit.Days,
            "The duration between two temporal values in whole days."
        );
        RegisterBetween(
            r,
            "duration.inSeconds",
            DurationBetweenUnit.Seconds,
            "The duration between two temporal values in seconds and nanoseconds."
        );
    }

    private static void RegisterKind(FunctionRegistry r, CypherValueKind kind)
    {
        var name = TemporalTruncation.FunctionName(kind);
        var result = kind.ToCypherType();
        r.Register(
            new(
                name,
                [Opt("input", Input)],
                result,
                "Creates a "
                    + name
                    + " from a string, a map or another temporal value; the current "
                    + name
                    + " without argument.",
                (a, c) => Create(kind, a, c),
                isDeterministic: false
            )
        );
        foreach (var clock in (ReadOnlySpan<string>)["statement", "transaction", "realtime"])
        {
            var which = clock;
            r.Register(
                new(
                    name + "." + which,
                    [Opt("timezone", CypherTypes.String | CypherTypes.Map)],
                    result,
                    "The current " + name + " from the " + which + " clock, optionally in a time zone.",
                    (a, c) => Now(kind, which, a, c),
                    isDeterministic: false
                )
            );
        }
        r.Register(
            new(
                name + ".truncate",
                [P("unit", CypherTypes.String), P("input", CypherTypes.Temporal), Opt("fields", CypherTypes.Map)],
                result,
                "Truncates a temporal value to a unit, then sets the given fields.",
                (a, c) => Truncate(kind, a, c)
            )
        );
    }

    private static void RegisterBetween(
        FunctionRegistry r,
        string name,
        DurationBetweenUnit unit,
        string description
    ) =>
        r.Register(
            new(
                name,
                [P("from", CypherTypes.Temporal), P("to", CypherTypes.Temporal)],
                CypherTypes.Duration,
                description,
                (a, _) =>
                {
                    if (AnyNull(a))
                    {
                        return CypherNull.Instance;
                    }
                    foreach (var v in a)
                    {
                        if (!TemporalArithmetic.IsTemporal(v))
                        {
                            throw CypherErrors.TypeMismatch(
                                "Date, Time, LocalTime, LocalDateTime or DateTime",
                                v,
                                name + "()"
                            );
                        }
                    }
                    return DurationBetween.Compute(a[0], a[1], unit);
                }
            )
        );

    private static CypherValue Create(CypherValueKind kind, ReadOnlySpan<CypherValue> a, IFunctionContext c)
    {
        if (a.Length == 0)
        {
            return Current(kind, c.DefaultTimeZone, c.StatementTime, c);
        }
        var input = a[0];
        switch (input)
        {
            case CypherNull:
                return CypherNull.Instance;
            case CypherString s:
                return kind switch
                {
                    CypherValueKind.Date => TemporalParser.ParseDate(s.Value),
                    CypherValueKind.LocalTime => TemporalParser.ParseLocalTime(s.Value),
                    CypherValueKind.Time => TemporalParser.ParseTime(
                        s.Value,
                        c.DefaultTimeZone,
                        c.StatementTime.ToUnixTimeSeconds()
                    ),
                    CypherValueKind.LocalDateTime => TemporalParser.ParseLocalDateTime(s.Value),
                    _ => TemporalParser.ParseDateTime(s.Value, c.DefaultTimeZone),
                };
            case CypherMap m:
                return kind switch
                {
                    CypherValueKind.Date => TemporalBuilder.Date(m, c),
                    CypherValueKind.LocalTime => TemporalBuilder.LocalTime(m, c),
                    CypherValueKind.Time => TemporalBuilder.Time(m, c),
                    CypherValueKind.LocalDateTime => TemporalBuilder.LocalDateTime(m, c),
                    _ => TemporalBuilder.DateTime(m, c),
                };
            default:
                if (!TemporalArithmetic.IsTemporal(input))
                {
                    throw CypherErrors.TypeMismatch(
                        "String, Map or a temporal value",
                        input,
                        TemporalTruncation.FunctionName(kind) + "()"
                    );
                }
                var key = kind switch
                {
                    CypherValueKind.Date => "date",
                    CypherValueKind.LocalTime or CypherValueKind.Time => "time",
                    _ => "datetime",
                };
                if (
                    string.Equals(key, "datetime", StringComparison.Ordinal)
                    && input is not (CypherLocalDateTime or CypherDateTime)
                )
                {
                    key = input is CypherDate ? "date" : "time";
                }
                var single = CypherMap.Wrap(
                    new Dictionary<string, CypherValue>(StringComparer.Ordinal) { [key] = input }
                );
                return kind switch
                {
                    CypherValueKind.Date => TemporalBuilder.Date(single, c),
                    CypherValueKind.LocalTime => TemporalBuilder.LocalTime(single, c),
                    CypherValueKind.Time => TemporalBuilder.Time(single, c),
                    CypherValueKind.LocalDateTime => TemporalBuilder.LocalDateTime(single, c),
                    _ => TemporalBuilder.DateTime(single, c),
                };
        }
    }

    private static CypherValue Now(CypherValueKind kind, string clock, ReadOnlySpan<CypherValue> a, IFunctionContext c)
    {
        var zone = c.DefaultTimeZone;
        if (a.Length == 1)
        {
            switch (a[0])
            {
                case CypherNull:
                    return CypherNull.Instance;
                case CypherString s:
                    zone = ZoneSpec.Parse(s.Value);
                    break;
                case CypherMap m when m.TryGetValue("timezone", out var tz) && tz is CypherString ts:
                    zone = ZoneSpec.Parse(ts.Value);
                    break;
                default:
                    throw CypherErrors.TypeMismatch(
                        "String (a time zone)",
                        a[0],
                        TemporalTruncation.FunctionName(kind) + "." + clock + "()"
                    );
            }
        }
        var instant = clock switch
        {
            "statement" => c.StatementTime,
            "transaction" => c.TransactionTime,
            _ => c.RealTime,
        };
        return Current(kind, zone, instant, c);
    }

    private static CypherValue Current(CypherValueKind kind, ZoneSpec zone, Instant instant, IFunctionContext c) =>
        kind switch
        {
            CypherValueKind.Date => Clock.Today(c, zone, instant),
            CypherValueKind.LocalTime => Clock.LocalTimeNow(c, zone, instant),
            CypherValueKind.Time => Clock.TimeNow(c, zone, instant),
            CypherValueKind.LocalDateTime => Clock.LocalDateTimeNow(c, zone, instant),
            _ => Clock.DateTimeNow(c, zone, instant),
        };

    private static CypherValue Truncate(CypherValueKind kind, ReadOnlySpan<CypherValue> a, IFunctionContext c)
    {
        if (a[0].Kind == CypherValueKind.Null || a[1].Kind == CypherValueKind.Null)
        {
            return CypherNull.Instance;
        }
        var unit = Arg.String(a[0], TemporalTruncation.FunctionName(kind) + ".truncate");
        var map = a.Length > 2 && a[2] is CypherMap m ? m : null;
        if (a.Length > 2 && a[2] is not (CypherMap or CypherNull))
        {
            throw CypherErrors.TypeMismatch("Map", a[2], TemporalTruncation.FunctionName(kind) + ".truncate()");
        }
        return TemporalTruncation.Truncate(kind, unit, a[1], map, c);
    }

    private static CypherValue FromEpoch(ReadOnlySpan<CypherValue> a, IFunctionContext c)
    {
        if (AnyNull(a))
        {
            return CypherNull.Instance;
        }
        var seconds = (Int128)WholeNumber(a[0], "datetime.fromepoch");
        var nanos = WholeNumber(a[1], "datetime.fromepoch");
        var total = (seconds * CivilCalendar.NanosPerSecond) + nanos;
        return AtInstant(total);
    }

    private static CypherValue FromEpochMillis(ReadOnlySpan<CypherValue> a, IFunctionContext c) =>
        a[0].Kind == CypherValueKind.Null
            ? CypherNull.Instance
            : AtInstant((Int128)WholeNumber(a[0], "datetime.fromepochmillis") * 1_000_000);

    private static CypherDateTime AtInstant(Int128 totalNanos)
    {
        var second = totalNanos / CivilCalendar.NanosPerSecond;
        var nano = totalNanos % CivilCalendar.NanosPerSecond;
        if (nano < 0)
        {
            nano += CivilCalendar.NanosPerSecond;
            second--;
        }
        if (second > long.MaxValue / 2 || second < long.MinValue / 2)
        {
            throw TemporalValues.OutOfRange("The epoch value");
        }
        return TemporalValues.DateTimeAtInstant((long)second, (int)nano, ZoneSpec.Utc);
    }

    private static long WholeNumber(CypherValue v, string function) =>
        v switch
        {
            CypherInteger i => i.Value,
            CypherFloat f => NumberComparison.SaturatingToLong(f.Value),
            _ => throw CypherErrors.TypeMismatch("Integer", v, function + "()"),
        };

    private static CypherValue Duration(ReadOnlySpan<CypherValue> a, IFunctionContext c) =>
        a[0] switch
        {
            CypherNull => CypherNull.Instance,
            CypherString s => TemporalParser.ParseDuration(s.Value),
            CypherMap m => TemporalBuilder.Duration(m),
            CypherDuration d => d,
            _ => throw CypherErrors.TypeMismatch("String or Map", a[0], "duration()"),
        };
}
