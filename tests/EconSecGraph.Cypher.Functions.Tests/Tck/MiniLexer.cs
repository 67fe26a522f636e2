using System.Globalization;
using System.Text;

namespace EconSecGraph.Cypher.Functions.Tests.Tck;

internal static class MiniLexer
{
    public static List<Token> Lex(string s)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (c == '/' && i + 1 < s.Length && s[i + 1] == '/')
            {
                while (i < s.Length && s[i] != '\n')
                {
                    i++;
                }
                continue;
            }
            if (
                char.IsAsciiDigit(c)
                || (
                    c == '.'
                    && i + 1 < s.Length
                    && char.IsAsciiDigit(s[i + 1])
                    && (tokens.Count == 0 || !tokens[^1].Is("."))
                )
            )
            {
                var start = i;
                if (c == '0' && i + 1 < s.Length && (s[i + 1] == 'x' || s[i + 1] == 'X'))
                {
                    i += 2;
                    while (i < s.Length && char.IsAsciiHexDigit(s[i]))
                    {
                        i++;
                    }
                    if (
                        !ulong.TryParse(
                            s[(start + 2)..i],
                            NumberStyles.HexNumber,
                            CultureInfo.InvariantCulture,
                            out var hex
                        )
                    )
                    {
                        throw new NotSupportedException("hex literal out of range");
                    }
                    tokens.Add(new("int", s[start..i], hex));
                    continue;
                }
                var isFloat = false;
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    i++;
                }
                if (i + 1 < s.Length && s[i] == '.' && char.IsAsciiDigit(s[i + 1]))
                {
                    isFloat = true;
                    i++;
                    while (i < s.Length && char.IsAsciiDigit(s[i]))
                    {
                        i++;
                    }
                }
                if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
                {
                    isFloat = true;
                    i++;
                    if (s[i] is '+' or '-')
                    {
                        i++;
                    }
                    while (i < s.Length && char.IsAsciiDigit(s[i]))
                    {
                        i++;
                    }
                }
                var text = s[start..i];
                tokens.Add(
                    isFloat
                        ? new("float", text, double.Parse(text, CultureInfo.InvariantCulture))
                        : new(
                            "int",
                            text,
                            ulong.TryParse(text, CultureInfo.InvariantCulture, out var u)
                                ? u
                                : throw new NotSupportedException("integer literal out of range")
                        )
                );
                continue;
            }
            if (c is '\'' or '"')
            {
                var sb = new StringBuilder();
                var start = i;
                i++;
                while (s[i] != c)
                {
                    if (s[i] == '\\')
                    {
                        i++;
                        switch (s[i])
                        {
                            case 'n':
                                sb.Append('\n');
                                break;
                            case 't':
                                sb.Append('\t');
                                break;
                            case 'r':
                                sb.Append('\r');
                                break;
                            case 'b':
                                sb.Append('\b');
                                break;
                            case 'f':
                                sb.Append('\f');
                                break;
                            case 'u':
                                sb.Append(
                                    (char)
                                        int.Parse(
                                            s.AsSpan(i + 1, 4),
                                            NumberStyles.HexNumber,
                                            CultureInfo.InvariantCulture
                                        )
                                );
                                i += 4;
                                break;
                            default:
                                sb.Append(s[i]);
                                break;
                        }
                        i++;
                    }
                    else
                    {
                        sb.Append(s[i++]);
                    }
                }
                i++;
                tokens.Add(new("str", s[start..i], sb.ToString()));
                continue;
            }
            if (c == '`')
            {
                var end = s.IndexOf('`', i + 1);
                tokens.Add(new("id", s[(i + 1)..end]));
                i = end + 1;
                continue;
            }
            if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '_'))
                {
                    i++;
                }
                tokens.Add(new("id", s[start..i]));
                continue;
            }
            foreach (
                var sym in (string[])
                    [
                        "<>",
                        "<=",
                        ">=",
                        "=~",
                        "..",
                        "+=",
                        "(",
                        ")",
                        "[",
                        "]",
                        "{",
                        "}",
                        ",",
                        ":",
                        ".",
                        "$",
                        "+",
                        "-",
                        "*",
                        "/",
                        "%",
                        "^",
                        "=",
                        "<",
                        ">",
                        "|",
                    ]
            )
            {
                if (string.CompareOrdinal(s, i, sym, 0, sym.Length) == 0)
                {
                    tokens.Add(new("sym", sym));
                    i += sym.Length;
                    goto next;
                }
            }
            throw new NotSupportedException("Unexpected character '" + c + "'");
            next:
            ;
        }
        tokens.Add(new("eof", string.Empty));
        return tokens;
    }
}
