using System.Globalization;

namespace EconSecGraph.Storage.Import;

/// <summary>Integer fields of an import: what <c>long.TryParse</c> (leading sign, invariant) accepts, with the usual short ids read by hand.</summary>
internal static class IntegerText
{
    public static bool TryParse(ReadOnlySpan<char> text, out long value)
    {
        var negative = text.Length > 0 && text[0] == '-';
        var digits = text.Length > 0 && (negative || text[0] == '+') ? text[1..] : text;
        // up to 18 digits cannot overflow; anything longer or unusual goes to the framework
        if (digits.Length is > 0 and <= 18 && TryDigits(digits, out var v))
        {
            value = negative ? -v : v;
            return true;
        }
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out long value)
    {
        long v = 0;
        foreach (var c in digits)
        {
            var d = (uint)(c - '0');
            if (d > 9)
            {
                value = 0;
                return false;
            }
            v = (v * 10) + d;
        }
        value = v;
        return true;
    }
}
