using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Cypher.Functions.Semantics;

/// <summary>
/// Rewrites the Java regular-expression constructs Neo4j accepts into .NET syntax: <c>\Q…\E</c> quoting,
/// possessive quantifiers, POSIX and java character classes (<c>\p{Alpha}</c>, <c>\p{javaLowerCase}</c>),
/// <c>\h</c>, <c>\R</c>, <c>\x{…}</c>, Java's line-terminator-aware dot, and the <c>u</c>/<c>U</c>/<c>d</c> flags.
/// </summary>
internal static class JavaRegexTranslator
{
    private const string JavaDot = @"[^\n\r\u0085\u2028\u2029]";
    private const string HorizontalSpace = @" \t\u00A0\u1680\u180E\u2000-\u200A\u202F\u205F\u3000";
    private const string VerticalSpace = @"\n\u000B\f\r\u0085\u2028\u2029";

    public static (string Pattern, RegexOptions Options) Translate(string pattern)
    {
        var sb = new StringBuilder(pattern.Length + 16);
        var dotAll = pattern.Contains("(?s", StringComparison.Ordinal) || ContainsFlag(pattern, 's');
        var atomStarts = new Stack<int>();
        var lastAtomStart = -1;
        var inClass = 0;
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (inClass > 0)
            {
                if (c == '\\')
                {
                    i = TranslateEscape(pattern, i, sb, inClass: true);
                    continue;
                }
                if (c == '&' && i + 1 < pattern.Length && pattern[i + 1] == '&')
                {
                    throw Unsupported(pattern, "character class intersection '&&'");
                }
                if (c == '[')
                {
                    if (i + 1 < pattern.Length && pattern[i + 1] == ':')
                    {
                        sb.Append("\\[");
                        i++;
                        continue;
                    }
                    throw Unsupported(pattern, "nested character classes");
                }
                if (c == ']')
                {
                    inClass--;
                }
                sb.Append(c);
                i++;
                continue;
            }
            var atomStart = sb.Length;
            switch (c)
            {
                case '\\':
                    if (i + 1 < pattern.Length && pattern[i + 1] == 'Q')
                    {
                        var end = pattern.IndexOf("\\E", i + 2, StringComparison.Ordinal);
                        var literal = end < 0 ? pattern[(i + 2)..] : pattern[(i + 2)..end];
                        sb.Append("(?:").Append(Regex.Escape(literal)).Append(')');
                        i = end < 0 ? pattern.Length : end + 2;
                    }
                    else
                    {
                        i = TranslateEscape(pattern, i, sb, inClass: false);
                    }
                    lastAtomStart = atomStart;
                    break;
                case '[':
                    sb.Append(c);
                    i++;
                    if (i < pattern.Length && pattern[i] == '^')
                    {
                        sb.Append('^');
                        i++;
                    }
                    if (i < pattern.Length && pattern[i] == ']')
                    {
                        sb.Append("\\]");
                        i++;
                    }
                    inClass = 1;
                    lastAtomStart = atomStart;
                    break;
                case '(':
                    atomStarts.Push(sb.Length);
                    i = TranslateGroupOpen(pattern, i, sb);
                    lastAtomStart = -1;
                    break;
                case ')':
                    sb.Append(c);
                    i++;
                    lastAtomStart = atomStarts.Count > 0 ? atomStarts.Pop() : -1;
                    break;
                case '.':
                    sb.Append(dotAll ? "." : JavaDot);
                    i++;
                    lastAtomStart = atomStart;
                    break;
                case '*':
                case '+':
                case '?':
                case '{':
                {
                    var end = QuantifierEnd(pattern, i);
                    if (end < 0)
                    {
                        sb.Append(c);
                        i++;
                        lastAtomStart = atomStart;
                        break;
                    }
                    var quantifier = pattern[i..end];
                    i = end;
                    if (i < pattern.Length && pattern[i] == '+' && lastAtomStart >= 0)
                    {
                        // Possessive: X*+ is the atomic group (?>X*).
                        sb.Insert(lastAtomStart, "(?>");
                        sb.Append(quantifier).Append(')');
                        i++;
                    }
                    else
                    {
                        sb.Append(quantifier);
                        if (i < pattern.Length && pattern[i] == '?')
                        {
                            sb.Append('?');
                            i++;
                        }
                    }
                    lastAtomStart = -1;
                    break;
                }
                default:
                    sb.Append(c);
                    i++;
                    lastAtomStart = atomStart;
                    break;
            }
        }
        return (sb.ToString(), RegexOptions.None);
    }

    private static bool ContainsFlag(string pattern, char flag)
    {
        var idx = 0;
        while ((idx = pattern.IndexOf("(?", idx, StringComparison.Ordinal)) >= 0)
        {
            idx += 2;
            while (idx < pattern.Length && char.IsAsciiLetter(pattern[idx]))
            {
                if (pattern[idx] == flag)
                {
                    return true;
                }
                idx++;
            }
        }
        return false;
    }

    private static int QuantifierEnd(string p, int i)
    {
        if (p[i] != '{')
        {
            return i + 1;
        }
        var j = i + 1;
        var digits = 0;
        while (j < p.Length && char.IsAsciiDigit(p[j]))
        {
            j++;
            digits++;
        }
        if (digits == 0)
        {
            return -1;
        }
        if (j < p.Length && p[j] == ',')
        {
            j++;
            while (j < p.Length && char.IsAsciiDigit(p[j]))
            {
                j++;
            }
        }
        return j < p.Length && p[j] == '}' ? j + 1 : -1;
    }

    private static int TranslateGroupOpen(string p, int i, StringBuilder sb)
    {
        // (?flags) or (?flags:…) — drop Java-only flags u, U, d.
        if (i + 2 < p.Length && p[i + 1] == '?' && (char.IsAsciiLetter(p[i + 2]) || p[i + 2] == '-'))
        {
            var j = i + 2;
            var flags = new StringBuilder();
            while (j < p.Length && (char.IsAsciiLetter(p[j]) || p[j] == '-'))
            {
                if (p[j] is not ('u' or 'U' or 'd'))
                {
                    flags.Append(p[j]);
                }
                j++;
            }
            if (j < p.Length && (p[j] == ')' || p[j] == ':'))
            {
                var f = flags.ToString().TrimEnd('-');
                if (f.Length == 0 || string.Equals(f, "-", StringComparison.Ordinal))
                {
                    sb.Append(p[j] == ':' ? "(?:" : "(?:)");
                }
                else
                {
                    sb.Append("(?").Append(f).Append(p[j]);
                }
                return j + 1;
            }
        }
        sb.Append('(');
        return i + 1;
    }

    private static int TranslateEscape(string p, int i, StringBuilder sb, bool inClass)
    {
        if (i + 1 >= p.Length)
        {
            throw new CypherArgumentException("Invalid Regex: unexpected end of pattern after '\\' in '" + p + "'.");
        }
        var e = p[i + 1];
        switch (e)
        {
            case 'h':
                sb.Append(inClass ? HorizontalSpace : "[" + HorizontalSpace + "]");
                return i + 2;
            case 'H':
                if (inClass)
                {
                    throw Unsupported(p, "\\H inside a character class");
                }
                sb.Append("[^" + HorizontalSpace + "]");
                return i + 2;
            case 'v':
                sb.Append(inClass ? VerticalSpace : "[" + VerticalSpace + "]");
                return i + 2;
            case 'V':
                if (inClass)
                {
                    throw Unsupported(p, "\\V inside a character class");
                }
                sb.Append("[^" + VerticalSpace + "]");
                return i + 2;
            case 'R':
                if (inClass)
                {
                    throw Unsupported(p, "\\R inside a character class");
                }
                sb.Append(@"(?:\r\n|[" + VerticalSpace + "])");
                return i + 2;
            case 'x' when i + 2 < p.Length && p[i + 2] == '{':
            {
                var close = p.IndexOf('}', i + 3);
                if (
                    close < 0
                    || !int.TryParse(
                        p.AsSpan(i + 3, close - i - 3),
                        NumberStyles.HexNumber,
                        CultureInfo.InvariantCulture,
                        out var cp
                    )
                    || cp > 0x10FFFF
                )
                {
                    throw new CypherArgumentException("Invalid Regex: bad \\x{…} escape in '" + p + "'.");
                }
                foreach (var ch in char.ConvertFromUtf32(cp))
                {
                    sb.Append("\\u").Append(((int)ch).ToString("X4", CultureInfo.InvariantCulture));
                }
                return close + 1;
            }
            case 'p':
            case 'P':
            {
                if (i + 2 >= p.Length)
                {
                    throw new CypherArgumentException("Invalid Regex: incomplete \\p escape in '" + p + "'.");
                }
                string name;
                int next;
                if (p[i + 2] == '{')
                {
                    var close = p.IndexOf('}', i + 3);
                    if (close < 0)
                    {
                        throw new CypherArgumentException("Invalid Regex: unclosed \\p{ in '" + p + "'.");
                    }
                    name = p[(i + 3)..close];
                    next = close + 1;
                }
                else
                {
                    name = p[(i + 2)..(i + 3)];
                    next = i + 3;
                }
                var negated = e == 'P';
                var cls = PropertyClass(name);
                if (cls is null)
                {
                    sb.Append('\\').Append(e).Append('{').Append(name).Append('}');
                }
                else if (inClass)
                {
                    if (negated)
                    {
                        throw Unsupported(p, "negated \\P{" + name + "} inside a character class");
                    }
                    sb.Append(cls);
                }
                else
                {
                    sb.Append(negated ? "[^" : "[").Append(cls).Append(']');
                }
                return next;
            }
            default:
                sb.Append('\\').Append(e);
                return i + 2;
        }
    }

    /// <summary>The .NET class content for Java's POSIX / java.lang.Character properties, or null to pass through.</summary>
    private static string? PropertyClass(string name)
    {
        var n = name.StartsWith("Is", StringComparison.Ordinal) && name.Length > 2 ? name[2..] : name;
        return n switch
        {
            "Lower" => "a-z",
            "Upper" => "A-Z",
            "ASCII" => @"\x00-\x7F",
            "Alpha" => "a-zA-Z",
            "Digit" => "0-9",
            "Alnum" => "a-zA-Z0-9",
            "Punct" => @"!-/:-@\[-`{-~",
            "Graph" => @"!-~",
            "Print" => @" -~",
            "Blank" => @" \t",
            "Cntrl" => @"\x00-\x1F\x7F",
            "XDigit" => "0-9a-fA-F",
            "Space" => @" \t\n\x0B\f\r",
            "javaLowerCase" or "Lowercase" => @"\p{Ll}",
            "javaUpperCase" or "Uppercase" => @"\p{Lu}",
            "javaWhitespace" or "White_Space" or "WhiteSpace" => @"\s",
            "javaDigit" => @"\p{Nd}",
            "javaLetter" or "Letter" or "Alphabetic" => @"\p{L}",
            "javaLetterOrDigit" => @"\p{L}\p{Nd}",
            "javaAlphabetic" => @"\p{L}\p{Nl}",
            "L"
            or "Lu"
            or "Ll"
            or "Lt"
            or "Lm"
            or "Lo"
            or "M"
            or "Mn"
            or "Mc"
            or "Me"
            or "N"
            or "Nd"
            or "Nl"
            or "No"
            or "P"
            or "Pc"
            or "Pd"
            or "Ps"
            or "Pe"
            or "Pi"
            or "Pf"
            or "Po"
            or "S"
            or "Sm"
            or "Sc"
            or "Sk"
            or "So"
            or "Z"
            or "Zs"
            or "Zl"
            or "Zp"
            or "C"
            or "Cc"
            or "Cf"
            or "Cs"
            or "Co"
            or "Cn" => @"\p{" + n + "}",
            _ => null,
        };
    }

    private static CypherArgumentException Unsupported(string pattern, string what) =>
        new("Invalid Regex: " + what + " is not supported in '" + pattern + "'.", detail: "InvalidArgumentValue");
}
