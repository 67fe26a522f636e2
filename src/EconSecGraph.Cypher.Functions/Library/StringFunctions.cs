using System.Globalization;
using System.Text;
using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Values;
using static EconSecGraph.Cypher.Functions.Library.Arg;

namespace EconSecGraph.Cypher.Functions.Library;

/// <summary>String functions. Lengths and positions count Unicode code points, as Neo4j does.</summary>
public static class StringFunctions
{
    private const CypherTypes Str = CypherTypes.String;
    private const CypherTypes Int = CypherTypes.Integer;

    internal static void Register(FunctionRegistry r)
    {
        r.Register(new("left", [P("original", Str), P("length", Int)], Str, "The leftmost length characters.", Left));
        r.Register(
            new("right", [P("original", Str), P("length", Int)], Str, "The rightmost length characters.", Right)
        );
        r.Register(
            new(
                "substring",
                [P("original", Str), P("start", Int), Opt("length", Int)],
                Str,
                "A substring starting at a 0-based index.",
                Substring
            )
        );
        r.Register(
            new(
                "trim",
                [P("input", Str)],
                Str,
                "Removes leading and trailing whitespace.",
                (a, _) => TrimBody(a, TrimMode.Both, "trim")
            )
        );
        r.Register(
            new(
                "ltrim",
                [P("input", Str), Opt("trimCharacterString", Str)],
                Str,
                "Removes leading whitespace, or leading characters from the given set.",
                (a, _) => TrimBody(a, TrimMode.Leading, "ltrim")
            )
        );
        r.Register(
            new(
                "rtrim",
                [P("input", Str), Opt("trimCharacterString", Str)],
                Str,
                "Removes trailing whitespace, or trailing characters from the given set.",
                (a, _) => TrimBody(a, TrimMode.Trailing, "rtrim")
            )
        );
        r.Register(
            new(
                "btrim",
                [P("input", Str), Opt("trimCharacterString", Str)],
                Str,
                "Removes leading and trailing whitespace, or characters from the given set.",
                (a, _) => TrimBody(a, TrimMode.Both, "btrim")
            )
        );
        r.Register(
            new(
                "replace",
                [P("original", Str), P("search", Str), P("replace", Str)],
                Str,
                "Replaces every occurrence of search.",
                Replace
            )
        );
        r.Register(
            new(
                "split",
                [P("original", Str), P("splitDelimiter", Str | CypherTypes.List)],
                CypherTypes.List,
                "Splits on a delimiter (or any of a list of delimiters).",
                Split
            )
        );
        var toLower = new FunctionDefinition(
            "toLower",
            [P("input", Str)],
            Str,
            "Lower-cases a string.",
            (a, _) => Case(a, upper: false, "toLower")
        );
        var toUpper = new FunctionDefinition(
            "toUpper",
            [P("input", Str)],
            Str,
            "Upper-cases a string.",
            (a, _) => Case(a, upper: true, "toUpper")
        );
        r.Register(toLower);
        r.Register(toUpper);
        r.RegisterAlias("lower", toLower);
        r.RegisterAlias("upper", toUpper);
        var charLength = new FunctionDefinition(
            "char_length",
            [P("input", Str)],
            Int,
            "The number of Unicode characters.",
            CharLength
        );
        r.Register(charLength);
        r.RegisterAlias("character_length", charLength);
        r.Register(
            new(
                "normalize",
                [P("input", Str), Opt("normalForm", Str)],
                Str,
                "Unicode normalization (NFC, NFD, NFKC or NFKD; NFC by default).",
                Normalize
            )
        );
    }

    /// <summary>
    /// <c>trim([LEADING|TRAILING|BOTH] [chars FROM] source)</c>: whitespace when <paramref name="trimCharacters"/>
    /// is null, otherwise any of its characters. Null when the source is null.
    /// </summary>
    public static CypherValue Trim(TrimMode mode, CypherValue source, CypherValue? trimCharacters = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Kind == CypherValueKind.Null || trimCharacters is CypherNull)
        {
            return CypherNull.Instance;
        }
        var s = Arg.String(source, "trim");
        var set = trimCharacters is null ? null : Arg.String(trimCharacters, "trim");
        var start = 0;
        var end = s.Length;
        if (mode != TrimMode.Trailing)
        {
            while (start < end && IsTrimmed(s, start, set, out var width))
            {
                start += width;
            }
        }
        if (mode != TrimMode.Leading)
        {
            while (end > start && IsTrimmedBefore(s, end, set, out var width))
            {
                end -= width;
            }
        }
        return start == 0 && end == s.Length ? source : new CypherString(s[start..end]);
    }

    private static CypherValue TrimBody(ReadOnlySpan<CypherValue> a, TrimMode mode, string name) =>
        Trim(mode, a[0], a.Length > 1 ? a[1] : null);

    private static bool IsTrimmed(string s, int i, string? set, out int width)
    {
        var cp = CodePointAt(s, i, out width);
        return set is null ? IsJavaWhitespace(cp) : ContainsCodePoint(set, cp);
    }

    private static bool IsTrimmedBefore(string s, int end, string? set, out int width)
    {
        var i = end - 1;
        if (i > 0 && char.IsLowSurrogate(s[i]) && char.IsHighSurrogate(s[i - 1]))
        {
            i--;
        }
        var cp = CodePointAt(s, i, out width);
        return set is null ? IsJavaWhitespace(cp) : ContainsCodePoint(set, cp);
    }

    private static int CodePointAt(string s, int i, out int width)
    {
        if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(s[i], s[i + 1]);
        }
        width = 1;
        return s[i];
    }

    private static bool ContainsCodePoint(string set, int cp) =>
        cp <= 0xFFFF
            ? set.Contains((char)cp, StringComparison.Ordinal)
            : set.Contains(char.ConvertFromUtf32(cp), StringComparison.Ordinal);

    /// <summary>Java's <c>Character.isWhitespace</c>: Unicode separators except no-break spaces, plus ASCII controls \t \n \v \f \r and U+001C–U+001F.</summary>
    public static bool IsJavaWhitespace(int cp)
    {
        if (cp is '\t' or '\n' or '\u000B' or '\f' or '\r' or (>= 0x1C and <= 0x1F))
        {
            return true;
        }
        if (cp is 0x00A0 or 0x2007 or 0x202F || cp > 0xFFFF)
        {
            return false;
        }
        var category = CharUnicodeInfo.GetUnicodeCategory((char)cp);
        return category
            is UnicodeCategory.SpaceSeparator
                or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator;
    }

    private static CypherValue Left(ReadOnlySpan<CypherValue> a, IFunctionContext c)
    {
        if (a[0].Kind == CypherValueKind.Null)
        {
            return CypherNull.Instance;
        }
        var s = Arg.String(a[0], "left");
        var n = Length(a[1], "left");
        return new CypherString(s[..CodePointOffset(s, 0, n)]);
    }

    private static CypherValue Right(ReadOnlySpan<CypherValue> a, IFunctionContext c)
    {
        if (a[0].Kind == CypherValueKind.Null)
        {
            return CypherNull.Instance;
        }
        var s = Arg.String(a[0], "right");
        var n = Length(a[1], "right");
        var total = CodePointCount(s);
        return new CypherString(s[CodePointOffset(s, 0, Math.Max(0, total - n))..]);
    }

    private static CypherValue Substring(ReadOnlySpan<CypherValue> a, IFunctionContext c)
    {
        if (a[0].Kind == CypherValueKind.Null)
        {
            return CypherNull.Instance;
        }
        var s = Arg.String(a[0], "substring");
        var start = Length(a[1], "substring", "start");
        var from = CodePointOffset(s, 0, start);
        if (a.Length == 2)
        {
            return new CypherString(s[from..]);
        }
        var length = Length(a[2], "substring");
        return new CypherString(s[from..CodePointOffset(s, from, length)]);
    }

    private static long Length(CypherValue v, string function, string what = "length")
    {
        if (v.Kind == CypherValueKind.Null)
        {
            throw CypherErrors.InvalidArgument(
                "Expected " + what + " of " + function + "() to be a non-negative integer, but it was null."
            );
        }
        var n = Arg.Integer(v, function, what);
        return n < 0
            ? throw CypherErrors.InvalidArgument(
                "Expected "
                    + what
                    + " of "
                    + function
                    + "() to be a non-negative integer, but it was "
                    + n.ToString(CultureInfo.InvariantCulture)
                    + "."
            )
            : n;
    }

    /// <summary>The UTF-16 index <paramref name="count"/> code points after <paramref name="from"/> (clamped to the end).</summary>
    internal static int CodePointOffset(string s, int from, long count)
    {
        var i = from;
        while (count > 0 && i < s.Length)
        {
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            count--;
        }
        return i;
    }

    internal static int CodePointCount(string s)
    {
        var n = s.Length;
        for (var i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                n--;
                i++;
            }
        }
        return n;
    }

    internal static string ReverseCodePoints(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = s.Length - 1; i >= 0; i--)
        {
            if (char.IsLowSurrogate(s[i]) && i > 0 && char.IsHighSurrogate(s[i - 1]))
            {
                sb.Append(s[i - 1]).Append(s[i]);
                i--;
            }
            else
            {
                sb.Append(s[i]);
            }
        }
        return sb.ToString();
    }

    private static CypherValue Replace(ReadOnlySpan<CypherValue> a, IFunctionContext c)
    {
        if (AnyNull(a))
        {
            return CypherNull.Instance;
        }
        var s = Arg.String(a[0], "replace");
        var search = Arg.String(a[1], "replace");
        var replacement = Arg.String(a[2], "replace");
        if (search.Length == 0)
        {
            // Java inserts the replacement before every character and at the end.
            var sb = new StringBuilder(s.Length * (replacement.Length + 1) + replacement.Length);
            var i = 0;
            while (i < s.Length)
            {
                sb.Append(replacement);
                var w = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
                sb.Append(s, i, w);
                i += w;
            }
            return new CypherString(sb.Append(replacement).ToString());
        }
        return new CypherString(s.Replace(search, replacement, StringComparison.Ordinal));
    }

    private static CypherValue Split(ReadOnlySpan<CypherValue> a, IFunctionContext c)
    {
        if (AnyNull(a))
        {
            return CypherNull.Instance;
        }
        var s = Arg.String(a[0], "split");
        string[] delimiters;
        if (a[1] is CypherList list)
        {
            delimiters = new string[list.Count];
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i].Kind == CypherValueKind.Null)
                {
                    return CypherNull.Instance;
                }
                delimiters[i] = Arg.String(list[i], "split");
            }
        }
        else
        {
            delimiters = [Arg.String(a[1], "split")];
        }
        if (delimiters.Length == 1 && delimiters[0].Length == 0)
        {
            var chars = new List<CypherValue>(s.Length);
            for (var i = 0; i < s.Length; )
            {
                var w = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
                chars.Add(new CypherString(s.Substring(i, w)));
                i += w;
            }
            return CypherList.Wrap([.. chars]);
        }
        var parts = new List<CypherValue>();
        var start = 0;
        var pos = 0;
        while (pos <= s.Length)
        {
            var matched = -1;
            foreach (var d in delimiters)
            {
                if (d.Length > 0 && string.CompareOrdinal(s, pos, d, 0, d.Length) == 0 && pos + d.Length <= s.Length)
                {
                    matched = Math.Max(matched, d.Length);
                }
            }
            if (matched > 0)
            {
                parts.Add(new CypherString(s[start..pos]));
                pos += matched;
                start = pos;
            }
            else
            {
                pos++;
            }
        }
        parts.Add(new CypherString(s[start..]));
        return CypherList.Wrap([.. parts]);
    }

    private static CypherValue Case(ReadOnlySpan<CypherValue> a, bool upper, string name)
    {
        if (a[0].Kind == CypherValueKind.Null)
        {
            return CypherNull.Instance;
        }
        var s = Arg.String(a[0], name);
        return new CypherString(upper ? s.ToUpperInvariant() : s.ToLowerInvariant());
    }

    private static CypherValue CharLength(ReadOnlySpan<CypherValue> a, IFunctionContext c) =>
        a[0].Kind == CypherValueKind.Null
            ? CypherNull.Instance
            : CypherInteger.Of(CodePointCount(Arg.String(a[0], "char_length")));

    private static CypherValue Normalize(ReadOnlySpan<CypherValue> a, IFunctionContext c)
    {
        if (AnyNull(a))
        {
            return CypherNull.Instance;
        }
        var s = Arg.String(a[0], "normalize");
        var form = a.Length > 1 ? Arg.String(a[1], "normalize").ToUpperInvariant() : "NFC";
        var f = form switch
        {
            "NFC" => NormalizationForm.FormC,
            "NFD" => NormalizationForm.FormD,
            "NFKC" => NormalizationForm.FormKC,
            "NFKD" => NormalizationForm.FormKD,
            _ => throw CypherErrors.InvalidArgument(
                "Unknown normal form '" + form + "' for normalize(); use NFC, NFD, NFKC or NFKD."
            ),
        };
        return new CypherString(s.Normalize(f));
    }
}
