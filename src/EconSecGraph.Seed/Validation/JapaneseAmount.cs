using System.Globalization;
using System.Text.RegularExpressions;

namespace EconSecGraph.Seed.Validation;

/// <summary>Reads amounts of money written the Japanese way (<c>2,500億円</c>, <c>1兆2,000億円</c>, <c>100万円</c>) as yen.</summary>
public static partial class JapaneseAmount
{
    /// <summary>The first amount of yen in <paramref name="text"/>, or null when it names none.</summary>
    public static decimal? FirstYen(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = AmountPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }
        decimal total = 0;
        foreach (Match part in PartPattern().Matches(match.Groups["amount"].Value))
        {
            var number = decimal.Parse(
                part.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal),
                NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture
            );
            total += part.Groups["unit"].Value switch
            {
                "兆" => number * 1_000_000_000_000m,
                "億" => number * 100_000_000m,
                "万" => number * 10_000m,
                _ => number,
            };
        }
        return total;
    }

    /// <summary>True when <paramref name="text"/> writes the number <paramref name="value"/> (digits, commas allowed).</summary>
    public static bool MentionsNumber(string text, decimal value)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in NumberPattern().Matches(text))
        {
            if (
                decimal.TryParse(
                    m.Value.Replace(",", "", StringComparison.Ordinal),
                    NumberStyles.AllowDecimalPoint,
                    CultureInfo.InvariantCulture,
                    out var n
                )
                && n == value
            )
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(
        @"(?<amount>(?:\d[\d,]*(?:\.\d+)?[兆億万])+(?:\d[\d,]*)?|\d[\d,]*)\s*円",
        RegexOptions.CultureInvariant,
        1000
    )]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"(?<n>\d[\d,]*(?:\.\d+)?)(?<unit>[兆億万]?)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NumberPattern();
}
