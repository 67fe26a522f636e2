using System.Text;
using EconSecGraph.Graph.Temporal;

namespace EconSecGraph.Graph.Values;

/// <summary>A time of day with a UTC offset (Cypher ZONED TIME).</summary>
public sealed class CypherTime : CypherValue
{
    public CypherTime(long nanoOfDay, int offsetSeconds)
    {
        TemporalGuard.CheckNanoOfDay(nanoOfDay);
        TemporalGuard.CheckOffset(offsetSeconds);
        NanoOfDay = nanoOfDay;
        OffsetSeconds = offsetSeconds;
    }

    /// <summary>Local nanoseconds since midnight (wall clock at the offset).</summary>
    public long NanoOfDay { get; }

    public int OffsetSeconds { get; }

    public override CypherValueKind Kind => CypherValueKind.Time;

    public override string TypeName => "ZONED TIME";

    public override string ToString()
    {
        var sb = new StringBuilder(24);
        TemporalFormat.AppendTime(sb, NanoOfDay);
        TemporalFormat.AppendOffset(sb, OffsetSeconds);
        return sb.ToString();
    }

    public override bool Equals(object? obj) =>
        obj is CypherTime t && t.NanoOfDay == NanoOfDay && t.OffsetSeconds == OffsetSeconds;

    public override int GetHashCode() => HashCode.Combine(NanoOfDay, OffsetSeconds);
}
