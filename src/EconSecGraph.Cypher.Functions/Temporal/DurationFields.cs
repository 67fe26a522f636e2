using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Temporal;

/// <summary>Component access on durations (<c>d.years</c>, <c>d.minutesOfHour</c>, <c>d.nanosecondsOfSecond</c>…).</summary>
public static class DurationFields
{
    public static CypherValue Get(CypherDuration d, string field)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(field);
        long v = field.ToLowerInvariant() switch
        {
            "years" => d.Months / 12,
            "quarters" => d.Months / 3,
            "months" => d.Months,
            "weeks" => d.Days / 7,
            "days" => d.Days,
            "hours" => d.Seconds / 3600,
            "minutes" => d.Seconds / 60,
            "seconds" => d.Seconds,
            "milliseconds" => CypherArithmetic.AddExact(
                CypherArithmetic.MultiplyExact(d.Seconds, 1000),
                d.Nanoseconds / 1_000_000
            ),
            "microseconds" => CypherArithmetic.AddExact(
                CypherArithmetic.MultiplyExact(d.Seconds, 1_000_000),
                d.Nanoseconds / 1000
            ),
            "nanoseconds" => CypherArithmetic.AddExact(
                CypherArithmetic.MultiplyExact(d.Seconds, 1_000_000_000),
                d.Nanoseconds
            ),
            "quartersofyear" => d.Months % 12 / 3,
            "monthsofquarter" => d.Months % 3,
            "monthsofyear" => d.Months % 12,
            "daysofweek" => d.Days % 7,
            "minutesofhour" => d.Seconds / 60 % 60,
            "secondsofminute" => d.Seconds % 60,
            "millisecondsofsecond" => d.Nanoseconds / 1_000_000,
            "microsecondsofsecond" => d.Nanoseconds / 1000,
            "nanosecondsofsecond" => d.Nanoseconds,
            _ => throw new CypherArgumentException(
                "No such field: '"
                    + field
                    + "' on Duration "
                    + d
                    + ". Duration fields are years, quarters, months, weeks, "
                    + "days, hours, minutes, seconds, milliseconds, microseconds, nanoseconds, quartersOfYear, monthsOfQuarter, "
                    + "monthsOfYear, daysOfWeek, minutesOfHour, secondsOfMinute, millisecondsOfSecond, microsecondsOfSecond "
                    + "and nanosecondsOfSecond."
            ),
        };
        return CypherInteger.Of(v);
    }
}
