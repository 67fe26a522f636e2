using System.Text;
using EconSecGraph.Graph.Temporal;

namespace EconSecGraph.Graph.Values;

/// <summary>A time of day without zone (Cypher LOCAL TIME), nanosecond precision.</summary>
public sealed class CypherLocalTime : CypherValue
{
    public CypherLocalTime(long nanoOfDay)
    {
        TemporalGuard.CheckNanoOfDay(nanoOfDay);
        NanoOfDay = nanoOfDay;
    }

    public long NanoOfDay { get; }

    public override CypherValueKind Kind => CypherValueKind.LocalTime;

    public override string TypeName => "LOCAL TIME";

    public override string ToString()
    {
        var sb = new StringBuilder(18);
        TemporalFormat.AppendTime(sb, NanoOfDay);
        return sb.ToString();
    }

    public override bool Equals(object? obj) => obj is CypherLocalTime t && t.NanoOfDay == NanoOfDay;

    public override int GetHashCode() => NanoOfDay.GetHashCode();
}
