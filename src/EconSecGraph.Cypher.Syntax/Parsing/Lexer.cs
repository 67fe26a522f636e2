using System.Globalization;
using System.Text;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Cypher.Syntax.Parsing;

/// <summary>
/// Hand-written scanner: turns the whole query into tokens up front (the parser needs arbitrary lookahead to tell
/// patterns from parenthesised expressions). No regular expressions; one pass over the text.
/// </summary>
internal sealed class Lexer
{
    private readonly string _text;
    private readonly TokenList _tokens;
    private int _pos;

    private Lexer(string text)
    {
        _text = text;
        _tokens = new TokenList(Math.Max(16, text.Length / 3));
    }

    public static TokenList Tokenize(string text)
    {
        var lexer = new Lexer(text);
        lexer.Run();
        return lexer._tokens;
    }

    private void Run()
    {
        var text = _text;
        while (true)
        {
            SkipTrivia();
            if (_pos >= text.Length)
            {
                _tokens.Add(new Token(TokenKind.EndOfInput, text.Length, text.Length, null));
                return;
            }
            var start = _pos;
            var c = text[_pos];
            switch (c)
            {
                case '(':
                    Single(TokenKind.LeftParen);
                    break;
                case ')':
                    Single(TokenKind.RightParen);
                    break;
                case '[':
                    Single(TokenKind.LeftBracket);
                    break;
                case ']':
                    Single(TokenKind.RightBracket);
                    break;
                case '{':
                    Single(TokenKind.LeftBrace);
                    break;
                case '}':
                    Single(TokenKind.RightBrace);
                    break;
                case ',':
                    Single(TokenKind.Comma);
                    break;
                case ';':
                    Single(TokenKind.Semicolon);
                    break;
                case '&':
                    Single(TokenKind.Ampersand);
                    break;
                case '!':
                    if (Next(1) == '=')
                    {
                        Double(TokenKind.NotEqual);
                    }
                    else
                    {
                        Single(TokenKind.Bang);
                    }
                    break;
                case '%':
                    Single(TokenKind.Percent);
                    break;
                case '*':
                    Single(TokenKind.Star);
                    break;
                case '/':
                    Single(TokenKind.Slash);
                    break;
                case '^':
                    Single(TokenKind.Caret);
                    break;
                case '$':
                    Single(TokenKind.Dollar);
                    break;
                case '-':
                    Single(TokenKind.Minus);
                    break;
                case '+':
                    if (Next(1) == '=')
                    {
                        Double(TokenKind.PlusEqual);
                    }
                    else
                    {
                        Single(TokenKind.Plus);
                    }
                    break;
                case '|':
                    if (Next(1) == '|')
                    {
                        Double(TokenKind.DoublePipe);
                    }
                    else
                    {
                        Single(TokenKind.Pipe);
                    }
                    break;
                case ':':
                    if (Next(1) == ':')
                    {
                        Double(TokenKind.DoubleColon);
                    }
                    else
                    {
                        Single(TokenKind.Colon);
                    }
                    break;
                case '=':
                    if (Next(1) == '~')
                    {
                        Double(TokenKind.RegexMatch);
                    }
                    else
                    {
                        Single(TokenKind.Equal);
                    }
                    break;
                case '<':
                    if (Next(1) == '=')
                    {
                        Double(TokenKind.LessThanOrEqual);
                    }
                    else if (Next(1) == '>')
                    {
                        Double(TokenKind.NotEqual);
                    }
                    else
                    {
                        Single(TokenKind.LessThan);
                    }
                    break;
                case '>':
                    if (Next(1) == '=')
                    {
                        Double(TokenKind.GreaterThanOrEqual);
                    }
                    else
                    {
                        Single(TokenKind.GreaterThan);
                    }
                    break;
                case '.':
                    if (Next(1) == '.')
                    {
                        Double(TokenKind.DotDot);
                    }
                    else if (IsAsciiDigit(Next(1)))
                    {
                        ScanNumber();
                    }
                    else
                    {
                        Single(TokenKind.Dot);
                    }
                    break;
                case '\'':
                case '"':
                    ScanString(c);
                    break;
                case '`':
                    ScanQuotedIdentifier();
                    break;
                default:
                    if (IsAsciiDigit(c))
                    {
                        ScanNumber();
                    }
                    else if (IsIdentifierStart(text, _pos))
                    {
                        ScanIdentifier();
                    }
                    else
                    {
                        throw InvalidCharacter(start);
                    }
                    break;
            }
        }
    }

    private CypherSyntaxException InvalidCharacter(int start)
    {
        if (!Rune.TryGetRuneAt(_text, start, out var rune))
        {
            return SyntaxErrors.At(
                _text,
                start,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Invalid input (U+{(int)_text[start]:X4}): a lone surrogate is not valid text; check the query's encoding"
                ),
                SyntaxErrors.InvalidUnicodeCharacter
            );
        }
        if (rune.Value < 128)
        {
            return SyntaxErrors.At(
                _text,
                start,
                $"Invalid input '{rune}': this character cannot appear here; check for a typo or a missing quote"
            );
        }
        return SyntaxErrors.At(
            _text,
            start,
            string.Create(
                CultureInfo.InvariantCulture,
                $"Invalid input '{rune}' (U+{rune.Value:X4}): this Unicode character is not allowed outside strings and backtick-quoted names"
            ),
            SyntaxErrors.InvalidUnicodeCharacter
        );
    }

    private char Next(int ahead)
    {
        var i = _pos + ahead;
        return i < _text.Length ? _text[i] : '\0';
    }

    private void Single(TokenKind kind)
    {
        _tokens.Add(new Token(kind, _pos, _pos + 1, null));
        _pos++;
    }

    private void Double(TokenKind kind)
    {
        _tokens.Add(new Token(kind, _pos, _pos + 2, null));
        _pos += 2;
    }

    private void SkipTrivia()
    {
        var text = _text;
        while (_pos < text.Length)
        {
            var c = text[_pos];
            if (char.IsWhiteSpace(c))
            {
                _pos++;
            }
            else if (c == '/' && Next(1) == '/')
            {
                _pos += 2;
                while (_pos < text.Length && text[_pos] != '\n' && text[_pos] != '\r')
                {
                    _pos++;
                }
            }
            else if (c == '/' && Next(1) == '*')
            {
                var start = _pos;
                var end = text.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw SyntaxErrors.At(
                        text,
                        start,
                        "Failed to parse comment: a '/*' comment is not closed with '*/'"
                    );
                }
                _pos = end + 2;
            }
            else
            {
                return;
            }
        }
    }

    private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    internal static bool IsIdentifierStart(string text, int index)
    {
        var c = text[index];
        if (c < 128)
        {
            return c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';
        }
        if (char.IsSurrogate(c))
        {
            return Rune.TryGetRuneAt(text, index, out var rune) && Rune.IsLetter(rune);
        }
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return char.IsLetter(c) || category is UnicodeCategory.LetterNumber or UnicodeCategory.ConnectorPunctuation;
    }

    internal static bool IsIdentifierPart(string text, int index)
    {
        var c = text[index];
        if (c < 128)
        {
            return c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';
        }
        if (char.IsSurrogate(c))
        {
            return Rune.TryGetRuneAt(text, index, out var rune) && Rune.IsLetterOrDigit(rune);
        }
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return char.IsLetterOrDigit(c)
            || category
                is UnicodeCategory.LetterNumber
                    or UnicodeCategory.ConnectorPunctuation
                    or UnicodeCategory.NonSpacingMark
                    or UnicodeCategory.SpacingCombiningMark;
    }

    private void ScanIdentifier()
    {
        var start = _pos;
        var text = _text;
        while (_pos < text.Length)
        {
            if (!IsIdentifierPart(text, _pos))
            {
                break;
            }
            _pos += char.IsHighSurrogate(text[_pos]) ? 2 : 1;
        }
        _tokens.Add(new Token(TokenKind.Identifier, start, _pos, text.Substring(start, _pos - start)));
    }

    private void ScanQuotedIdentifier()
    {
        var start = _pos;
        var text = _text;
        _pos++;
        StringBuilder? sb = null;
        var segment = _pos;
        while (true)
        {
            var close = text.IndexOf('`', _pos);
            if (close < 0)
            {
                throw SyntaxErrors.At(
                    text,
                    start,
                    "Failed to parse name: a backtick-quoted name is not closed with '`' (write `` for a literal backtick)"
                );
            }
            if (close + 1 < text.Length && text[close + 1] == '`')
            {
                sb ??= new StringBuilder();
                sb.Append(text, segment, close - segment + 1);
                _pos = close + 2;
                segment = _pos;
                continue;
            }
            string name;
            if (sb is null)
            {
                name = text.Substring(segment, close - segment);
            }
            else
            {
                sb.Append(text, segment, close - segment);
                name = sb.ToString();
            }
            _pos = close + 1;
            _tokens.Add(new Token(TokenKind.QuotedIdentifier, start, _pos, name));
            return;
        }
    }

    private void ScanString(char quote)
    {
        var start = _pos;
        var text = _text;
        _pos++;
        StringBuilder? sb = null;
        var segment = _pos;
        while (true)
        {
            if (_pos >= text.Length)
            {
                throw SyntaxErrors.At(
                    text,
                    start,
                    $"Failed to parse string literal: the string is not closed with {quote} before the end of the query"
                );
            }
            var c = text[_pos];
            if (c == quote)
            {
                string value;
                if (sb is null)
                {
                    value = text.Substring(segment, _pos - segment);
                }
                else
                {
                    sb.Append(text, segment, _pos - segment);
                    value = sb.ToString();
                }
                _pos++;
                _tokens.Add(new Token(TokenKind.String, start, _pos, value));
                return;
            }
            if (c != '\\')
            {
                _pos++;
                continue;
            }
            sb ??= new StringBuilder();
            sb.Append(text, segment, _pos - segment);
            var escapeStart = _pos;
            var e = Next(1);
            _pos += 2;
            switch (e)
            {
                case 't':
                    sb.Append('\t');
                    break;
                case 'b':
                    sb.Append('\b');
                    break;
                case 'n':
                    sb.Append('\n');
                    break;
                case 'r':
                    sb.Append('\r');
                    break;
                case 'f':
                    sb.Append('\f');
                    break;
                case '\'':
                    sb.Append('\'');
                    break;
                case '"':
                    sb.Append('"');
                    break;
                case '\\':
                    sb.Append('\\');
                    break;
                case 'u':
                    AppendUnicodeEscape(sb, escapeStart, 4);
                    break;
                case 'U':
                    AppendUnicodeEscape(sb, escapeStart, 8);
                    break;
                case '\0' when escapeStart + 1 >= text.Length:
                    throw SyntaxErrors.At(
                        text,
                        start,
                        $"Failed to parse string literal: the string is not closed with {quote} before the end of the query"
                    );
                default:
                    // Unknown escapes keep the backslash (Neo4j does too), so regexes like '\d' still work.
                    sb.Append('\\').Append(e);
                    break;
            }
            segment = _pos;
        }
    }

    private void AppendUnicodeEscape(StringBuilder sb, int escapeStart, int digits)
    {
        var text = _text;
        var value = 0;
        for (var i = 0; i < digits; i++)
        {
            var index = _pos + i;
            var h = index < text.Length ? HexValue(text[index]) : -1;
            if (h < 0)
            {
                var end = Math.Min(text.Length, escapeStart + 2 + digits);
                throw SyntaxErrors.At(
                    text,
                    escapeStart,
                    $"Invalid input '{text[escapeStart..end]}': a Unicode escape needs exactly {digits} hexadecimal digits (\\u{new string('X', 4)} or \\U{new string('X', 8)})",
                    SyntaxErrors.InvalidUnicodeLiteral
                );
            }
            value = (value << 4) | h;
            if (value > 0x10FFFF && digits == 8)
            {
                break;
            }
        }
        if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF && digits == 8))
        {
            throw SyntaxErrors.At(
                text,
                escapeStart,
                $"Invalid input '{text.Substring(escapeStart, Math.Min(text.Length - escapeStart, 2 + digits))}': not a valid Unicode code point",
                SyntaxErrors.InvalidUnicodeLiteral
            );
        }
        _pos += digits;
        if (value <= 0xFFFF)
        {
            sb.Append((char)value);
        }
        else
        {
            sb.Append(char.ConvertFromUtf32(value));
        }
    }

    internal static int HexValue(char c) =>
        c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => -1,
        };

    private void ScanNumber()
    {
        var start = _pos;
        var text = _text;
        var isFloat = false;
        if (text[_pos] == '0' && (Next(1) is 'x' or 'X' or 'o'))
        {
            _pos += 2;
            ConsumeIdentifierRun();
            _tokens.Add(new Token(TokenKind.Integer, start, _pos, null));
            return;
        }
        ConsumeDigits();
        if (_pos < text.Length && text[_pos] == '.' && IsAsciiDigit(Next(1)))
        {
            isFloat = true;
            _pos++;
            ConsumeDigits();
        }
        if (_pos < text.Length && text[_pos] is 'e' or 'E')
        {
            var save = _pos;
            _pos++;
            if (_pos < text.Length && text[_pos] is '+' or '-')
            {
                _pos++;
            }
            if (_pos < text.Length && IsAsciiDigit(text[_pos]))
            {
                isFloat = true;
                ConsumeDigits();
            }
            else
            {
                // Not an exponent: leave the letters to the run check below (e.g. 1e is an invalid number).
                _pos = save;
            }
        }
        // Letters glued to a number make it invalid (9223372h54775808): keep them in the token so the
        // parser reports the whole thing as one bad literal.
        ConsumeIdentifierRun();
        _tokens.Add(new Token(isFloat ? TokenKind.Float : TokenKind.Integer, start, _pos, null));
    }

    private void ConsumeDigits()
    {
        var text = _text;
        while (_pos < text.Length && (IsAsciiDigit(text[_pos]) || text[_pos] == '_'))
        {
            _pos++;
        }
    }

    private void ConsumeIdentifierRun()
    {
        var text = _text;
        while (_pos < text.Length && IsIdentifierPart(text, _pos))
        {
            _pos += char.IsHighSurrogate(text[_pos]) ? 2 : 1;
        }
    }
}
