using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Temporal;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Temporal;

/// <summary>Component access on temporal values (<c>d.year</c>, <c>t.offsetMinutes</c>, <c>dt.epochMillis</c>…).</summary>
public static class TemporalFields
{
    public static CypherValue Get(CypherValue temporal, string field)
    {
        ArgumentNullException.ThrowIfNull(temporal);
        ArgumentNullException.ThrowIfNull(field);
        var name = field.ToLowerInvariant();
        var epochDay = TemporalValues.EpochDay(temporal);
        var nanoOfDay = TemporalValues.NanoOfDay(temporal);
        switch (name)
        {
            case "year":
                return CypherInteger.Of(CivilCalendar.CivilFromDays(Date(temporal, epochDay, field)).Year);
            case "quarter":
                return CypherInteger.Of(
                    IsoCalendar.Quarter(CivilCalendar.CivilFromDays(Date(temporal, epochDay, field)).Month)
                );
            case "month":
                return CypherInteger.Of(CivilCalendar.CivilFromDays(Date(temporal, epochDay, field)).Month);
            case "week":
                return CypherInteger.Of(IsoCalendar.WeekOf(Date(temporal, epochDay, field)).Week);
            case "weekyear":
                return CypherInteger.Of(IsoCalendar.WeekOf(Date(temporal, epochDay, field)).WeekYear);
            case "dayofquarter":
                return CypherInteger.Of(IsoCalendar.DayOfQuarter(Date(temporal, epochDay, field)));
            case "day":
                return CypherInteger.Of(CivilCalendar.CivilFromDays(Date(temporal, epochDay, field)).Day);
            case "ordinalday":
                return CypherInteger.Of(IsoCalendar.OrdinalDay(Date(temporal, epochDay, field)));
            case "dayofweek":
            case "weekday":
                return CypherInteger.Of(CivilCalendar.DayOfWeek(Date(temporal, epochDay, field)));
            case "hour":
                return CypherInteger.Of(Time(temporal, nanoOfDay, field) / (3600 * CivilCalendar.NanosPerSecond));
            case "minute":
                return CypherInteger.Of(Time(temporal, nanoOfDay, field) / (60 * CivilCalendar.NanosPerSecond) % 60);
            case "second":
                return CypherInteger.Of(Time(temporal, nanoOfDay, field) / CivilCalendar.NanosPerSecond % 60);
            case "millisecond":
                return CypherInteger.Of(Time(temporal, nanoOfDay, field) % CivilCalendar.NanosPerSecond / 1_000_000);
            case "microsecond":
                return CypherInteger.Of(Time(temporal, nanoOfDay, field) % CivilCalendar.NanosPerSecond / 1_000);
            case "nanosecond":
                return CypherInteger.Of(Time(temporal, nanoOfDay, field) % CivilCalendar.NanosPerSecond);
            case "timezone":
                return temporal switch
                {
                    CypherDateTime dt => new CypherString(dt.ZoneId ?? TemporalFormat.FormatOffset(dt.OffsetSeconds)),
                    CypherTime t => new CypherString(TemporalFormat.FormatOffset(t.OffsetSeconds)),
                    _ => throw Unsupported(temporal, field),
                };
            case "offset":
                return new CypherString(TemporalFormat.FormatOffset(Offset(temporal, field)));
            case "offsetminutes":
                return CypherInteger.Of(Offset(temporal, field) / 60);
            case "offsetseconds":
                return CypherInteger.Of(Offset(temporal, field));
            case "epochseconds":
                return temporal is CypherDateTime es
                    ? CypherInteger.Of(es.EpochSecond)
                    : throw Unsupported(temporal, field);
            case "epochmillis":
                return temporal is CypherDateTime em
                    ? CypherInteger.Of(
                        CypherArithmetic.AddExact(
                            CypherArithmetic.MultiplyExact(em.EpochSecond, 1000),
                            em.Nanosecond / 1_000_000
                        )
                    )
                    : throw Unsupported(temporal, field);
            default:
                throw new CypherArgumentException(
                    "No such field: '"
                        + field
                        + "' on "
                        + TypeNames.Of(temporal)
                        + " value "
                        + temporal
                        + ". Temporal fields are year, quarter, month, week, weekYear, day, ordinalDay, dayOfWeek, dayOfQuarter, "
                        + "hour, minute, second, millisecond, microsecond, nanosecond, timezone, offset, offsetMinutes, "
                        + "offsetSeconds, epochSeconds and epochMillis."
                );
        }
    }

    private static long Date(CypherValue temporal, long? epochDay, string field) =>
        epochDay ?? throw Unsupported(temporal, field);

    private static long Time(CypherValue temporal, long? nanoOfDay, string field) =>
        nanoOfDay ?? throw Unsupported(temporal, field);

    private static int Offset(CypherValue temporal, string field) =>
        TemporalValues.Offset(temporal) ?? throw Unsupported(temporal, field);

    private static CypherException Unsupported(CypherValue temporal, string field) =>
        new(
            Neo4jStatusCodes.UnsupportedOperationError,
            "Unsupported field: '"
                + field
                + "' is not available on a "
                + TypeNames.Of(temporal)
                + " value ("
                + temporal
                + ").",
            detail: "InvalidArgumentValue"
        );
}
