using EconSecGraph.Graph.Temporal;
using EconSecGraph.Graph.Values;
using NodaTime;

namespace EconSecGraph.Cypher.Functions.Temporal;

/// <summary>Current-time values (<c>date()</c>, <c>datetime.realtime('Asia/Tokyo')</c>…) from a clock reading.</summary>
public static class Clock
{
    public static CypherDate Today(IFunctionContext context, ZoneSpec zone, Instant now)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var (second, _) = Split(now);
        return new CypherDate(CivilCalendar.FloorDiv(second + zone.OffsetAt(second), CivilCalendar.SecondsPerDay));
    }

    public static CypherLocalTime LocalTimeNow(IFunctionContext context, ZoneSpec zone, Instant now)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var (second, nano) = Split(now);
        return new CypherLocalTime(NanoOfDay(second + zone.OffsetAt(second), nano));
    }

    public static CypherTime TimeNow(IFunctionContext context, ZoneSpec zone, Instant now)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var (second, nano) = Split(now);
        var offset = zone.OffsetAt(second);
        return new CypherTime(NanoOfDay(second + offset, nano), offset);
    }

    public static CypherLocalDateTime LocalDateTimeNow(IFunctionContext context, ZoneSpec zone, Instant now)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var (second, nano) = Split(now);
        return new CypherLocalDateTime(second + zone.OffsetAt(second), nano);
    }

    public static CypherDateTime DateTimeNow(IFunctionContext context, ZoneSpec zone, Instant now)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var (second, nano) = Split(now);
        return new CypherDateTime(second, nano, zone.OffsetAt(second), zone.ZoneId);
    }

    private static (long Second, int Nano) Split(Instant now)
    {
        var second = now.ToUnixTimeSeconds();
        return (second, (now - Instant.FromUnixTimeSeconds(second)).SubsecondNanoseconds);
    }

    private static long NanoOfDay(long localSecond, int nano) =>
        (CivilCalendar.FloorMod(localSecond, CivilCalendar.SecondsPerDay) * CivilCalendar.NanosPerSecond) + nano;
}
