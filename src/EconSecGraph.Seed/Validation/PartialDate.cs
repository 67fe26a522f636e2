using System.Globalization;

namespace EconSecGraph.Seed.Validation;

/// <summary>An ISO 8601 calendar date of year, month or day precision: <c>2021</c>, <c>2021-04</c>, <c>2021-04-27</c>.</summary>
public readonly record struct PartialDate(int Year, int? Month, int? Day)
{
    public string Precision =>
        Day is not null ? "day"
        : Month is not null ? "month"
        : "year";

    /// <summary>The first calendar day it covers.</summary>
    public DateOnly First => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last calendar day it covers.</summary>
    public DateOnly Last =>
        Day is { } d ? new DateOnly(Year, Month ?? 1, d)
        : Month is { } m ? new DateOnly(Year, m, DateTime.DaysInMonth(Year, m))
        : new DateOnly(Year, 12, 31);

    /// <summary>Parses the exact shapes YYYY, YYYY-MM and YYYY-MM-DD with a real month and day; null otherwise.</summary>
    public static PartialDate? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length is not (4 or 7 or 10) || !Digits(text, 0, 4))
        {
            return null;
        }
        var year = int.Parse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        if (year < 1)
        {
            return null;
        }
        if (text.Length == 4)
        {
            return new PartialDate(year, null, null);
        }
        if (text[4] != '-' || !Digits(text, 5, 2))
        {
            return null;
        }
        var month = int.Parse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return null;
        }
        if (text.Length == 7)
        {
            return new PartialDate(year, month, null);
        }
        if (text[7] != '-' || !Digits(text, 8, 2))
        {
            return null;
        }
        var day = int.Parse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new PartialDate(year, month, day) : null;
    }

    public override string ToString() =>
        Day is { } d ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{d:D2}")
        : Month is { } m ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}")
        : Year.ToString("D4", CultureInfo.InvariantCulture);

    private static bool Digits(string s, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }
        }
        return true;
    }
}
