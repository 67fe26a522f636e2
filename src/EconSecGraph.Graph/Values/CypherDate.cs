using System.Text;
using EconSecGraph.Graph.Temporal;

namespace EconSecGraph.Graph.Values;

/// <summary>A calendar date without time or zone (Cypher DATE).</summary>
public sealed class CypherDate(long epochDay) : CypherValue
{
    /// <summary>Days since 1970-01-01.</summary>
    public long EpochDay { get; } = epochDay;

    public override CypherValueKind Kind => CypherValueKind.Date;

    public static CypherDate Of(long year, int month, int day)
    {
        TemporalGuard.CheckDate(year, month, day);
        return new CypherDate(CivilCalendar.DaysFromCivil(year, month, day));
    }

    public long Year => CivilCalendar.CivilFromDays(EpochDay).Year;

    public int Month => CivilCalendar.CivilFromDays(EpochDay).Month;

    public int Day => CivilCalendar.CivilFromDays(EpochDay).Day;

    public override string ToString()
    {
        var sb = new StringBuilder(10);
        TemporalFormat.AppendDate(sb, EpochDay);
        return sb.ToString();
    }

    public override bool Equals(object? obj) => obj is CypherDate d && d.EpochDay == EpochDay;

    public override int GetHashCode() => EpochDay.GetHashCode();
}
