using System.Text;
using EconSecGraph.Graph.Temporal;

namespace EconSecGraph.Graph.Values;

/// <summary>A date and time without zone (Cypher LOCAL DATETIME).</summary>
public sealed class CypherLocalDateTime : CypherValue
{
    public CypherLocalDateTime(long epochSecond, int nanosecond)
    {
        if (nanosecond is < 0 or >= 1_000_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(nanosecond));
        }
        EpochSecond = epochSecond;
        Nanosecond = nanosecond;
    }

    public static CypherLocalDateTime Of(long epochDay, long nanoOfDay)
    {
        TemporalGuard.CheckNanoOfDay(nanoOfDay);
        return new CypherLocalDateTime(
            (epochDay * CivilCalendar.SecondsPerDay) + (nanoOfDay / CivilCalendar.NanosPerSecond),
            (int)(nanoOfDay % CivilCalendar.NanosPerSecond)
        );
    }

    /// <summary>Seconds since 1970-01-01T00:00 on the wall clock (no zone).</summary>
    public long EpochSecond { get; }

    public int Nanosecond { get; }

    public long EpochDay => CivilCalendar.FloorDiv(EpochSecond, CivilCalendar.SecondsPerDay);

    public long NanoOfDay =>
        (CivilCalendar.FloorMod(EpochSecond, CivilCalendar.SecondsPerDay) * CivilCalendar.NanosPerSecond) + Nanosecond;

    public override CypherValueKind Kind => CypherValueKind.LocalDateTime;

    public override string TypeName => "LOCAL DATETIME";

    public override string ToString()
    {
        var sb = new StringBuilder(30);
        TemporalFormat.AppendDate(sb, EpochDay);
        sb.Append('T');
        TemporalFormat.AppendTime(sb, NanoOfDay);
        return sb.ToString();
    }

    public override bool Equals(object? obj) =>
        obj is CypherLocalDateTime t && t.EpochSecond == EpochSecond && t.Nanosecond == Nanosecond;

    public override int GetHashCode() => HashCode.Combine(EpochSecond, Nanosecond);
}
