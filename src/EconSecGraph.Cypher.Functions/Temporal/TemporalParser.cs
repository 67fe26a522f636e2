using System.Globalization;
using System.Text.RegularExpressions;
using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Temporal;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Temporal;

/// <summary>
/// Parses the ISO-8601 forms Neo4j accepts: calendar (<c>2015-07-21</c>, <c>20150721</c>, <c>2015-07</c>), week
/// (<c>2015-W30-2</c>, <c>2015W302</c>), ordinal (<c>2015-202</c>), year only; times with or without separators and
/// up to nine fraction digits; offsets <c>Z</c>, <c>+01</c>, <c>+0100</c>, <c>+01:00</c>; zone ids in brackets;
/// durations <c>P1Y2M3W4DT5H6M7.8S</c> (fractions allowed on any unit) and <c>P2012-02-02T14:37:21.545</c>.
/// </summary>
public static partial class TemporalParser
{
    private const string Year = @"(?<year>[0-9]{4}|[+-][0-9]{1,9})";
    private const string DatePart =
        Year
        + @"(?:-(?<month>[0-9]{1,2})(?:-(?<day>[0-9]{1,2}))?"
        + @"|(?<bmonth>[0-9]{2})(?<bday>[0-9]{2})?"
        + @"|-?W(?<week>[0-9]{2})(?:-?(?<dow>[0-9]))?"
        + @"|-?(?<doy>[0-9]{3}))?";
    private const string TimePart =
        @"(?:(?<hour>[0-9]{1,2}):(?<minute>[0-9]{1,2})(?::(?<second>[0-9]{1,2})(?:[.,](?<fraction>[0-9]{1,9}))?)?"
        + @"|(?<hour>[0-9]{2})(?:(?<minute>[0-9]{2})(?:(?<second>[0-9]{2})(?:[.,](?<fraction>[0-9]{1,9}))?)?)?)";
    private const string OffsetPart = @"(?<offset>Z|z|[+-][0-9]{2}(?::?[0-9]{2}(?::?[0-9]{2})?)?)";
    private const string ZonePart = @"(?:\[(?<zone>[^\]]+)\])";

    [GeneratedRegex("^" + DatePart + "$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex DateRegex();

    [GeneratedRegex(
        "^" + TimePart + OffsetPart + "?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        1000
    )]
    private static partial Regex TimeRegex();

    [GeneratedRegex(
        "^" + DatePart + "(?:T" + TimePart + ")?" + OffsetPart + "?" + ZonePart + "?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        1000
    )]
    private static partial Regex DateTimeRegex();

    [GeneratedRegex(
        @"^(?<sign>[-+]?)P(?:(?<years>[-+]?[0-9]+(?:[.,][0-9]+)?)Y)?(?:(?<months>[-+]?[0-9]+(?:[.,][0-9]+)?)M)?(?:(?<weeks>[-+]?[0-9]+(?:[.,][0-9]+)?)W)?(?:(?<days>[-+]?[0-9]+(?:[.,][0-9]+)?)D)?"
            + @"(?:T(?:(?<hours>[-+]?[0-9]+(?:[.,][0-9]+)?)H)?(?:(?<minutes>[-+]?[0-9]+(?:[.,][0-9]+)?)M)?(?:(?<seconds>[-+]?[0-9]+(?:[.,][0-9]+)?)S)?)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase,
        1000
    )]
    private static partial Regex DurationRegex();

    [GeneratedRegex(
        @"^(?<sign>[-+]?)P(?<year>[0-9]{4})-?(?<month>[0-9]{2})-?(?<day>[0-9]{2})(?:T(?<hour>[0-9]{2}):?(?<minute>[0-9]{2}):?(?<second>[0-9]{2})(?:[.,](?<fraction>[0-9]{1,9}))?)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        1000
    )]
    private static partial Regex AlternativeDurationRegex();

    public static CypherDate ParseDate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = DateRegex().Match(text);
        if (!m.Success)
        {
            throw NotParsable(
                text,
                "Date",
                "a date such as '2015-07-21', '20150721', '2015-W30-2', '2015-202' or '2015'"
            );
        }
        return TemporalValues.Date(Wrap(text, "Date", () => EpochDay(m)));
    }

    public static CypherLocalTime ParseLocalTime(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = TimeRegex().Match(text);
        if (!m.Success || m.Groups["offset"].Success)
        {
            throw NotParsable(text, "LocalTime", "a time such as '21:40:32.142', '214032' or '21:40'");
        }
        return new CypherLocalTime(Wrap(text, "LocalTime", () => NanoOfDay(m)));
    }

    public static CypherTime ParseTime(string text, ZoneSpec defaultZone, long todayEpochSecond)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(defaultZone);
        var m = TimeRegex().Match(text);
        if (!m.Success)
        {
            throw NotParsable(text, "Time", "a time such as '21:40:32.142+01:00', '214032Z' or '21:40'");
        }
        var nano = Wrap(text, "Time", () => NanoOfDay(m));
        var offset = m.Groups["offset"].Success
            ? Offset(m.Groups["offset"].Value)
            : defaultZone.OffsetAt(todayEpochSecond);
        return new CypherTime(nano, offset);
    }

    public static CypherLocalDateTime ParseLocalDateTime(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = DateTimeRegex().Match(text);
        if (!m.Success || m.Groups["offset"].Success || m.Groups["zone"].Success)
        {
            throw NotParsable(text, "LocalDateTime", "a date and time such as '2015-07-21T21:40:32.142'");
        }
        var (day, nano) = Wrap(text, "LocalDateTime", () => (EpochDay(m), m.Groups["hour"].Success ? NanoOfDay(m) : 0));
        return TemporalValues.LocalDateTime(day, nano);
    }

    public static CypherDateTime ParseDateTime(string text, ZoneSpec defaultZone)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(defaultZone);
        var m = DateTimeRegex().Match(text);
        if (!m.Success)
        {
            throw NotParsable(
                text,
                "DateTime",
                "a date and time such as '2015-07-21T21:40:32.142+01:00' or '2015-07-21T21:40[Europe/Stockholm]'"
            );
        }
        var (day, nano) = Wrap(text, "DateTime", () => (EpochDay(m), m.Groups["hour"].Success ? NanoOfDay(m) : 0));
        int? offset = m.Groups["offset"].Success ? Offset(m.Groups["offset"].Value) : null;
        if (m.Groups["zone"].Success)
        {
            var zone = Wrap(text, "DateTime", () => ZoneSpec.Parse(m.Groups["zone"].Value));
            if (offset is { } o)
            {
                var local = (day * CivilCalendar.SecondsPerDay) + (nano / CivilCalendar.NanosPerSecond);
                if (!zone.IsValidOffset(local, o))
                {
                    throw new CypherArgumentException(
                        "Text cannot be parsed to a DateTime: '"
                            + text
                            + "': the offset "
                            + TemporalFormat.FormatOffset(o)
                            + " is not valid for time zone "
                            + zone
                            + " at that date and time."
                    );
                }
            }
            return TemporalValues.DateTime(day, nano, zone, offset);
        }
        return TemporalValues.DateTime(
            day,
            nano,
            offset is { } fixedOffset ? ZoneSpec.OfOffset(fixedOffset) : defaultZone
        );
    }

    public static CypherDuration ParseDuration(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = DurationRegex().Match(text);
        if (m.Success && text.Length > 1 && !text.EndsWith('T') && !text.EndsWith('t') && HasAnyUnit(m))
        {
            var negate = string.Equals(m.Groups["sign"].Value, "-", StringComparison.Ordinal) ? -1 : 1;
            double years = Unit(m, "years"),
                months = Unit(m, "months"),
                weeks = Unit(m, "weeks"),
                days = Unit(m, "days");
            double hours = Unit(m, "hours"),
                minutes = Unit(m, "minutes");
            var fractional = IsFractional(m);
            if (!fractional)
            {
                try
                {
                    return DurationArithmetic.Create(
                        negate * checked(((long)years * 12) + (long)months),
                        negate * checked(((long)weeks * 7) + (long)days),
                        negate * checked(((long)hours * 3600) + ((long)minutes * 60) + (long)Unit(m, "seconds")),
                        0
                    );
                }
                catch (OverflowException)
                {
                    throw CypherErrors.LongOverflow();
                }
            }
            var (wholeSeconds, nanos) = Seconds(m.Groups["seconds"]);
            return DurationArithmetic.Approximate(
                negate * ((years * 12) + months),
                negate * ((weeks * 7) + days),
                negate * ((hours * 3600) + (minutes * 60) + wholeSeconds),
                negate * (double)nanos
            );
        }
        var alt = AlternativeDurationRegex().Match(text);
        if (alt.Success)
        {
            var negate = string.Equals(alt.Groups["sign"].Value, "-", StringComparison.Ordinal) ? -1 : 1;
            long Get(string g) =>
                alt.Groups[g].Success ? long.Parse(alt.Groups[g].Value, CultureInfo.InvariantCulture) : 0;
            var nanos = alt.Groups["fraction"].Success ? FractionToNanos(alt.Groups["fraction"].Value) : 0;
            return DurationArithmetic.Create(
                negate * ((Get("year") * 12) + Get("month")),
                negate * Get("day"),
                negate * ((Get("hour") * 3600) + (Get("minute") * 60) + Get("second")),
                negate * nanos
            );
        }
        throw NotParsable(
            text,
            "Duration",
            "an ISO-8601 duration such as 'P14DT16H12M', 'PT45S', 'P2.5W' or 'P2012-02-02T14:37:21.545'"
        );
    }

    private static bool HasAnyUnit(Match m)
    {
        foreach (var g in (ReadOnlySpan<string>)["years", "months", "weeks", "days", "hours", "minutes", "seconds"])
        {
            if (m.Groups[g].Success)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsFractional(Match m)
    {
        foreach (var g in (ReadOnlySpan<string>)["years", "months", "weeks", "days", "hours", "minutes", "seconds"])
        {
            var v = m.Groups[g].Value;
            if (v.Contains('.', StringComparison.Ordinal) || v.Contains(',', StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static double Unit(Match m, string group) =>
        m.Groups[group].Success
            ? double.Parse(m.Groups[group].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture)
            : 0;

    private static (double Seconds, long Nanos) Seconds(Group g)
    {
        if (!g.Success)
        {
            return (0, 0);
        }
        var v = g.Value.Replace(',', '.');
        var dot = v.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return (double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture), 0);
        }
        var negative = v.StartsWith('-');
        var whole = double.Parse(v[..dot], NumberStyles.Float, CultureInfo.InvariantCulture);
        var fraction = v[(dot + 1)..];
        var nanos = FractionToNanos(fraction.Length > 9 ? fraction[..9] : fraction);
        return (whole, negative ? -nanos : nanos);
    }

    internal static long FractionToNanos(string digits)
    {
        var n = long.Parse(digits, CultureInfo.InvariantCulture);
        for (var i = digits.Length; i < 9; i++)
        {
            n *= 10;
        }
        return n;
    }

    private static long EpochDay(Match m)
    {
        var yearText = m.Groups["year"].Value;
        var year = long.Parse(yearText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (m.Groups["week"].Success)
        {
            var dow = m.Groups["dow"].Success ? Int(m, "dow") : 1;
            return IsoCalendar.FromWeekDate(year, Int(m, "week"), dow);
        }
        if (m.Groups["doy"].Success)
        {
            return IsoCalendar.FromOrdinal(year, Int(m, "doy"));
        }
        var month =
            m.Groups["month"].Success ? Int(m, "month")
            : m.Groups["bmonth"].Success ? Int(m, "bmonth")
            : 1;
        var day =
            m.Groups["day"].Success ? Int(m, "day")
            : m.Groups["bday"].Success ? Int(m, "bday")
            : 1;
        return IsoCalendar.FromCalendar(year, month, day);
    }

    private static long NanoOfDay(Match m)
    {
        var hour = Int(m, "hour");
        var minute = m.Groups["minute"].Success ? Int(m, "minute") : 0;
        var second = m.Groups["second"].Success ? Int(m, "second") : 0;
        IsoCalendar.CheckRange("hour", hour, 0, 23);
        IsoCalendar.CheckRange("minute", minute, 0, 59);
        IsoCalendar.CheckRange("second", second, 0, 59);
        var nanos = m.Groups["fraction"].Success ? FractionToNanos(m.Groups["fraction"].Value) : 0;
        return (((hour * 3600) + (minute * 60) + second) * CivilCalendar.NanosPerSecond) + nanos;
    }

    private static int Offset(string text) =>
        ZoneSpec.TryParseOffset(text, out var o) && o is >= -18 * 3600 and <= 18 * 3600
            ? o
            : throw new CypherArgumentException(
                "Invalid time zone offset '" + text + "': offsets must be within -18:00 and +18:00."
            );

    private static long Int(Match m, string group) => long.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static T Wrap<T>(string text, string type, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (CypherArgumentException e)
        {
            throw new CypherArgumentException(
                "Text cannot be parsed to a " + type + ": '" + text + "': " + e.Message,
                detail: "InvalidArgumentValue"
            );
        }
    }

    private static CypherArgumentException NotParsable(string text, string type, string expected) =>
        new(
            "Text cannot be parsed to a " + type + ": '" + text + "'; expected " + expected + ".",
            detail: "InvalidArgumentValue"
        );
}
