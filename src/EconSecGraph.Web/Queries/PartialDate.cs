using System.Globalization;

namespace EconSecGraph.Web.Queries;

/// <summary>
/// A date known to the year, month or day, as graph-seed writes them (<c>2021</c>, <c>2021-06</c>,
/// <c>2021-06-09</c>). It stands for the whole interval from <see cref="Start"/> to <see cref="End"/>.
/// </summary>
public readonly record struct PartialDate(DateOnly Start, DateOnly End, string Text)
{
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        // Neo4j/engine dates print as YYYY-MM-DD; datetimes carry a time part we ignore.
        var core = text.Length > 10 && text[10] == 'T' ? text[..10] : text;
        var parts = core.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || !AllDigits(parts))
        {
            return false;
        }
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (year is < 1 or > 9999)
        {
            return false;
        }
        if (parts.Length == 1)
        {
            date = new PartialDate(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), core);
            return true;
        }
        if (parts[1].Length != 2)
        {
            return false;
        }
        var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return false;
        }
        if (parts.Length == 2)
        {
            date = new PartialDate(
                new DateOnly(year, month, 1),
                new DateOnly(year, month, DateTime.DaysInMonth(year, month)),
                core
            );
            return true;
        }
        if (parts[2].Length != 2)
        {
            return false;
        }
        var day = int.Parse(parts[2], CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        var d = new DateOnly(year, month, day);
        date = new PartialDate(d, d, core);
        return true;
    }

    private static bool AllDigits(string[] parts) => parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit));
}
