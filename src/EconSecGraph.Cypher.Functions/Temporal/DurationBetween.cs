using EconSecGraph.Graph.Temporal;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Temporal;

/// <summary>
/// <c>duration.between</c>, <c>duration.inMonths</c>, <c>duration.inDays</c> and <c>duration.inSeconds</c> with Neo4j's
/// rules: a value without a zone is read in the zone of the other operand; when either operand lacks a date only
/// the times of day are compared; months and days are counted on the wall clock, the rest on the instant line.
/// </summary>
public static class DurationBetween
{
    private const long NanosPerSecond = CivilCalendar.NanosPerSecond;
    private const long NanosPerDay = CivilCalendar.NanosPerDay;

    public static CypherDuration Compute(CypherValue from, CypherValue to, DurationBetweenUnit unit)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var a = Point.Of(from);
        var b = Point.Of(to);
        // Read a zone-less value in the zone of the other one.
        if (a.Zone is not null && b.Zone is null)
        {
            b = b.InZone(a);
        }
        else if (b.Zone is not null && a.Zone is null)
        {
            a = a.InZone(b);
        }
        if (!a.HasDate || !b.HasDate)
        {
            if (unit is DurationBetweenUnit.Months or DurationBetweenUnit.Days)
            {
                return CypherDuration.Zero;
            }
            var zoned = a.Offset is not null && b.Offset is not null;
            var diff = zoned
                ? (b.NanoOfDay - (b.Offset!.Value * NanosPerSecond))
                    - (a.NanoOfDay - (a.Offset!.Value * NanosPerSecond))
                : b.NanoOfDay - a.NanoOfDay;
            if (zoned && a.Instant is { } ia && b.Instant is { } ib)
            {
                // Both sides sit on real dates (a local time placed on the other value's date): use the instants.
                diff = (long)(ib - ia);
            }
            return DurationArithmetic.Create(0, 0, 0, diff);
        }
        var bothZoned = a.Instant is not null && b.Instant is not null;
        var (fromDay, fromNano) = (a.EpochDay, a.NanoOfDay);
        var (toDay, toNano) = (b.EpochDay, b.NanoOfDay);
        if (bothZoned && a.Offset != b.Offset)
        {
            // java.time converts the end to the start's zone before counting months and days.
            var shifted = b.Instant!.Value + ((Int128)a.ZoneOffsetAt(b.Instant.Value) * NanosPerSecond);
            toDay = (long)Floor(shifted, NanosPerDay);
            toNano = (long)(shifted - ((Int128)toDay * NanosPerDay));
        }
        long months = 0,
            days = 0;
        if (unit is DurationBetweenUnit.All or DurationBetweenUnit.Months)
        {
            months = MonthsBetween(fromDay, fromNano, toDay, toNano);
            if (unit == DurationBetweenUnit.Months)
            {
                return DurationArithmetic.Create(months, 0, 0, 0);
            }
        }
        if (unit is DurationBetweenUnit.All or DurationBetweenUnit.Days)
        {
            var startDay = IsoCalendar.PlusMonths(fromDay, months);
            days = DaysBetween(startDay, fromNano, toDay, toNano);
            if (unit == DurationBetweenUnit.Days)
            {
                return DurationArithmetic.Create(0, days, 0, 0);
            }
        }
        Int128 nanos;
        if (bothZoned)
        {
            var movedDay = IsoCalendar.PlusMonths(fromDay, months) + days;
            var startInstant = a.InstantForLocal(movedDay, fromNano);
            nanos = b.Instant!.Value - startInstant;
        }
        else
        {
            var movedDay = IsoCalendar.PlusMonths(fromDay, months) + days;
            nanos = (((Int128)toDay - movedDay) * NanosPerDay) + toNano - fromNano;
        }
        var seconds = (long)(nanos / NanosPerSecond);
        var rest = (long)(nanos % NanosPerSecond);
        return DurationArithmetic.Create(months, days, seconds, rest);
    }

    private static long MonthsBetween(long fromDay, long fromNano, long toDay, long toNano)
    {
        var endDay = toDay;
        if (endDay > fromDay && toNano < fromNano)
        {
            endDay--;
        }
        else if (endDay < fromDay && toNano > fromNano)
        {
            endDay++;
        }
        var (y1, m1, d1) = CivilCalendar.CivilFromDays(fromDay);
        var (y2, m2, d2) = CivilCalendar.CivilFromDays(endDay);
        var packed1 = (((Int128)y1 * 12) + m1 - 1) * 32 + d1;
        var packed2 = (((Int128)y2 * 12) + m2 - 1) * 32 + d2;
        return (long)((packed2 - packed1) / 32);
    }

    private static long DaysBetween(long fromDay, long fromNano, long toDay, long toNano)
    {
        var endDay = toDay;
        if (endDay > fromDay && toNano < fromNano)
        {
            endDay--;
        }
        else if (endDay < fromDay && toNano > fromNano)
        {
            endDay++;
        }
        return endDay - fromDay;
    }

    private static Int128 Floor(Int128 a, long b)
    {
        var q = a / b;
        return (a % b != 0) && (a < 0) ? q - 1 : q;
    }

    /// <summary>An operand viewed as optional date, time of day, offset and zone.</summary>
    private readonly record struct Point(
        bool HasDate,
        long EpochDay,
        long NanoOfDay,
        int? Offset,
        ZoneSpec? Zone,
        Int128? Instant
    )
    {
        public static Point Of(CypherValue v) =>
            v switch
            {
                CypherDate d => new(true, d.EpochDay, 0, null, null, null),
                CypherLocalTime t => new(false, 0, t.NanoOfDay, null, null, null),
                CypherTime t => new(false, 0, t.NanoOfDay, t.OffsetSeconds, ZoneSpec.OfOffset(t.OffsetSeconds), null),
                CypherLocalDateTime t => new(true, t.EpochDay, t.NanoOfDay, null, null, null),
                CypherDateTime t => new(
                    true,
                    t.LocalEpochDay,
                    t.LocalNanoOfDay,
                    t.OffsetSeconds,
                    TemporalValues.ZoneOf(t),
                    ((Int128)t.EpochSecond * NanosPerSecond) + t.Nanosecond
                ),
                _ => throw Semantics.CypherErrors.TypeMismatch("a temporal value", v, "duration.between()"),
            };

        /// <summary>This zone-less value read in the zone of <paramref name="other"/> (on the other's date when it has none).</summary>
        public Point InZone(Point other)
        {
            var zone = other.Zone!;
            if (!HasDate && !other.HasDate)
            {
                return this with { Offset = other.Offset, Zone = zone };
            }
            var day = HasDate ? EpochDay : other.EpochDay;
            var instant = InstantIn(zone, day, NanoOfDay, other.Offset);
            var offset = zone.OffsetAt((long)Floor(instant, NanosPerSecond));
            return this with { Offset = offset, Zone = zone, Instant = instant, EpochDay = HasDate ? EpochDay : day };
        }

        public int ZoneOffsetAt(Int128 instant) => Zone!.OffsetAt((long)Floor(instant, NanosPerSecond));

        public Int128 InstantForLocal(long day, long nano) => InstantIn(Zone!, day, nano, Offset);

        private static Int128 InstantIn(ZoneSpec zone, long day, long nano, int? preferred)
        {
            var (second, _) = zone.Resolve((day * CivilCalendar.SecondsPerDay) + (nano / NanosPerSecond), preferred);
            return ((Int128)second * NanosPerSecond) + (nano % NanosPerSecond);
        }
    }
}
