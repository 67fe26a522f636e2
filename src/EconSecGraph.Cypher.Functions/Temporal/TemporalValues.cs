using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Temporal;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Temporal;

/// <summary>Construction helpers that range-check and resolve zones for the Graph temporal types.</summary>
public static class TemporalValues
{
    public const long NanosPerSecond = CivilCalendar.NanosPerSecond;
    public const long NanosPerDay = CivilCalendar.NanosPerDay;
    public const long SecondsPerDay = CivilCalendar.SecondsPerDay;

    public static CypherDate Date(long epochDay)
    {
        IsoCalendar.CheckEpochDay(epochDay);
        return new CypherDate(epochDay);
    }

    public static CypherLocalDateTime LocalDateTime(long epochDay, long nanoOfDay)
    {
        IsoCalendar.CheckEpochDay(epochDay);
        return CypherLocalDateTime.Of(epochDay, nanoOfDay);
    }

    /// <summary>A zoned datetime from a wall-clock date and time in <paramref name="zone"/>.</summary>
    public static CypherDateTime DateTime(long epochDay, long nanoOfDay, ZoneSpec zone, int? preferredOffset = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        IsoCalendar.CheckEpochDay(epochDay);
        var localSecond = (epochDay * SecondsPerDay) + (nanoOfDay / NanosPerSecond);
        var (epochSecond, offset) = zone.Resolve(localSecond, preferredOffset);
        return new CypherDateTime(epochSecond, (int)(nanoOfDay % NanosPerSecond), offset, zone.ZoneId);
    }

    /// <summary>A zoned datetime at an instant, shown in <paramref name="zone"/>.</summary>
    public static CypherDateTime DateTimeAtInstant(long epochSecond, int nanosecond, ZoneSpec zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var offset = zone.OffsetAt(epochSecond);
        IsoCalendar.CheckEpochDay(CivilCalendar.FloorDiv(epochSecond + offset, SecondsPerDay));
        return new CypherDateTime(epochSecond, nanosecond, offset, zone.ZoneId);
    }

    /// <summary>The zone of a zoned datetime.</summary>
    public static ZoneSpec ZoneOf(CypherDateTime value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.ZoneId is { } id ? ZoneSpec.Parse(id) : ZoneSpec.OfOffset(value.OffsetSeconds);
    }

    /// <summary>Time-of-day nanoseconds, for any value that has a time (null otherwise).</summary>
    public static long? NanoOfDay(CypherValue value) =>
        value switch
        {
            CypherLocalTime t => t.NanoOfDay,
            CypherTime t => t.NanoOfDay,
            CypherLocalDateTime t => t.NanoOfDay,
            CypherDateTime t => t.LocalNanoOfDay,
            _ => null,
        };

    /// <summary>Epoch day, for any value that has a date (null otherwise).</summary>
    public static long? EpochDay(CypherValue value) =>
        value switch
        {
            CypherDate d => d.EpochDay,
            CypherLocalDateTime t => t.EpochDay,
            CypherDateTime t => t.LocalEpochDay,
            _ => null,
        };

    /// <summary>UTC offset, for values that carry one (null otherwise).</summary>
    public static int? Offset(CypherValue value) =>
        value switch
        {
            CypherTime t => t.OffsetSeconds,
            CypherDateTime t => t.OffsetSeconds,
            _ => null,
        };

    internal static Graph.Errors.CypherArgumentException OutOfRange(string what) =>
        CypherErrors.InvalidArgument(what + " is out of the supported range (years -999999999 to 999999999).");
}
