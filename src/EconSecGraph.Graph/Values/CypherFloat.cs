using System.Globalization;
using System.Text;

namespace EconSecGraph.Graph.Values;

/// <summary>A 64-bit IEEE-754 Cypher FLOAT.</summary>
public sealed class CypherFloat(double value) : CypherValue
{
    public double Value { get; } = value;

    public override CypherValueKind Kind => CypherValueKind.Float;

    /// <summary>Formats as Neo4j (Java's <c>Double.toString</c>) does: <c>1.0</c>, <c>0.001</c>, <c>1.0E7</c>, <c>NaN</c>.</summary>
    public override string ToString() => Format(Value);

    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }
        var (digits, exponent) = ShortestDigits(Math.Abs(value));
        var sb = new StringBuilder(24);
        if (value < 0)
        {
            sb.Append('-');
        }
        var abs = Math.Abs(value);
        if (abs >= 1e-3 && abs < 1e7)
        {
            // plain decimal: exponent is the power of ten of the first digit
            if (exponent >= 0)
            {
                var intLen = exponent + 1;
                sb.Append(digits.Length >= intLen ? digits[..intLen] : digits.PadRight(intLen, '0'));
                sb.Append('.');
                sb.Append(digits.Length > intLen ? digits[intLen..] : "0");
            }
            else
            {
                sb.Append("0.");
                sb.Append('0', -exponent - 1);
                sb.Append(digits);
            }
            return sb.ToString();
        }
        sb.Append(digits[0]);
        sb.Append('.');
        sb.Append(digits.Length > 1 ? digits[1..] : "0");
        sb.Append('E');
        sb.Append(exponent.ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    /// <summary>The shortest round-trip significant digits (no leading/trailing zeros) and the decimal exponent of the first.</summary>
    private static (string Digits, int Exponent) ShortestDigits(double abs)
    {
        // "R" gives the shortest round-trip representation; normalise either of its shapes.
        var s = abs.ToString("R", CultureInfo.InvariantCulture);
        int exp;
        string mantissa;
        var e = s.IndexOf('E', StringComparison.Ordinal);
        if (e >= 0)
        {
            mantissa = s[..e];
            exp = int.Parse(s[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }
        else
        {
            mantissa = s;
            exp = 0;
        }
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var intPart = dot < 0 ? mantissa : mantissa[..dot];
        var fracPart = dot < 0 ? string.Empty : mantissa[(dot + 1)..];
        var all = intPart + fracPart;
        var firstNonZero = 0;
        while (firstNonZero < all.Length - 1 && all[firstNonZero] == '0')
        {
            firstNonZero++;
        }
        var digits = all[firstNonZero..].TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }
        var exponent = exp + intPart.Length - 1 - firstNonZero;
        return (digits, exponent);
    }

    public override bool Equals(object? obj) => obj is CypherFloat f && f.Value.Equals(Value);

    public override int GetHashCode() => Value.GetHashCode();
}
