using System.Text;
using EconSecGraph.Graph.Temporal;

namespace EconSecGraph.Graph.Values;

/// <summary>
/// An instant with a UTC offset and optionally a named zone (Cypher ZONED DATETIME).
/// </summary>
/// <remarks>
/// <see cref="OffsetSeconds"/> is the offset in force at the instant; when <see cref="ZoneId"/> is
/// set, whoever creates the value resolves that offset from the zone rules.
/// </remarks>
public sealed class CypherDateTime : CypherValue
{
    public CypherDateTime(long epochSecond, int nanosecond, int offsetSeconds, string? zoneId = null)
    {
        if (nanosecond is < 0 or >= 1_000_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(nanosecond));
        }
        TemporalGuard.CheckOffset(offsetSeconds);
        EpochSecond = epochSecond;
        Nanosecond = nanosecond;
        OffsetSeconds = offsetSeconds;
        ZoneId = string.IsNullOrEmpty(zoneId) ? null : zoneId;
    }

    /// <summary>Seconds since 1970-01-01T00:00Z (the instant, independent of the offset).</summary>
    public long EpochSecond { get; }

    public int Nanosecond { get; }

    public int OffsetSeconds { get; }

    /// <summary>An IANA zone id such as <c>Asia/Tokyo</c>, or null for an offset-only value.</summary>
    public string? ZoneId { get; }

    public long LocalEpochSecond => EpochSecond + OffsetSeconds;

    public long LocalEpochDay => CivilCalendar.FloorDiv(LocalEpochSecond, CivilCalendar.SecondsPerDay);

    public long LocalNanoOfDay =>
        (CivilCalendar.FloorMod(LocalEpochSecond, CivilCalendar.SecondsPerDay) * CivilCalendar.NanosPerSecond)
        + Nanosecond;

    public override CypherValueKind Kind => CypherValueKind.DateTime;

    public override string TypeName => "ZONED DATETIME";

    public override string ToString()
    {
        var sb = new StringBuilder(48);
        TemporalFormat.AppendDate(sb, LocalEpochDay);
        sb.Append('T');
        TemporalFormat.AppendTime(sb, LocalNanoOfDay);
        TemporalFormat.AppendOffset(sb, OffsetSeconds);
        if (ZoneId is not null)
        {
            sb.Append('[').Append(ZoneId).Append(']');
        }
        return sb.ToString();
    }

    public override bool Equals(object? obj) =>
        obj is CypherDateTime t
        && t.EpochSecond == EpochSecond
        && t.Nanosecond == Nanosecond
        && t.OffsetSeconds == OffsetSeconds
        && string.Equals(t.ZoneId, ZoneId, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(EpochSecond, Nanosecond, OffsetSeconds, ZoneId);
}
