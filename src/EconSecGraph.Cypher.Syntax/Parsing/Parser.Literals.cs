using System.Globalization;
using EconSecGraph.Cypher.Syntax.Ast;

namespace EconSecGraph.Cypher.Syntax.Parsing;

internal sealed partial class Parser
{
    // <unsigned numeric literal> ::= <exact numeric literal> | <approximate numeric literal>
    private LiteralExpression ParseNumber(bool negative, int signStart)
    {
        var token = Advance();
        if (token.Kind == TokenKind.Integer)
        {
            var literal = ConvertInteger(token, negative, signStart);
            return new IntegerLiteral(new SourceSpan(signStart, token.End), literal.Value);
        }
        var value = ConvertFloat(token);
        return new FloatLiteral(new SourceSpan(signStart, token.End), negative ? -value : value);
    }

    private string TokenText(Token token) => _text.Substring(token.Start, token.End - token.Start);

    // <unsigned integer> ::= <unsigned decimal integer> | 0x <hex digits> | 0o <octal digits>  (underscores between digits)
    private IntegerLiteral ConvertInteger(Token token, bool negative, int? signStart = null)
    {
        var raw = TokenText(token);
        var radix = 10;
        var digitsStart = 0;
        if (raw.Length >= 2 && raw[0] == '0' && raw[1] is 'x' or 'X')
        {
            radix = 16;
            digitsStart = 2;
        }
        else if (raw.Length >= 2 && raw[0] == '0' && raw[1] == 'o')
        {
            radix = 8;
            digitsStart = 2;
        }
        // Accumulate the magnitude as an unsigned value so -9223372036854775808 fits.
        ulong magnitude = 0;
        var overflow = false;
        var digits = 0;
        var previousUnderscore = true;
        for (var i = digitsStart; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '_')
            {
                if (previousUnderscore && radix == 10)
                {
                    throw InvalidNumber(token, radix);
                }
                previousUnderscore = true;
                continue;
            }
            var d = Lexer.HexValue(c);
            if (d < 0 || d >= radix)
            {
                throw InvalidNumber(token, radix);
            }
            previousUnderscore = false;
            digits++;
            if (!overflow)
            {
                var next = (magnitude * (ulong)radix) + (ulong)d;
                if (magnitude > (ulong.MaxValue - (ulong)d) / (ulong)radix || next > 9223372036854775808UL)
                {
                    overflow = true;
                }
                else
                {
                    magnitude = next;
                }
            }
        }
        if (digits == 0 || previousUnderscore)
        {
            throw InvalidNumber(token, radix);
        }
        if (overflow || magnitude > (negative ? 9223372036854775808UL : long.MaxValue))
        {
            var shown = negative ? "-" + raw : raw;
            throw ErrorAt(
                signStart ?? token.Start,
                $"integer is too large: '{shown}' does not fit in a 64-bit signed integer ({long.MinValue} to {long.MaxValue})",
                SyntaxErrors.IntegerOverflow
            );
        }
        var value = negative ? (long)(0UL - magnitude) : (long)magnitude;
        return new IntegerLiteral(new SourceSpan(token.Start, token.End), value);
    }

    private Graph.Errors.CypherSyntaxException InvalidNumber(Token token, int radix)
    {
        var kind = radix switch
        {
            16 => "hexadecimal integer (0x followed by digits 0-9, a-f)",
            8 => "octal integer (0o followed by digits 0-7)",
            _ => "number",
        };
        return ErrorAt(
            token.Start,
            $"Invalid input '{TokenText(token)}': not a valid {kind}",
            SyntaxErrors.InvalidNumberLiteral
        );
    }

    // <approximate numeric literal> ::= <mantissa> [ E <signed decimal integer> ] | . <digits> …
    private double ConvertFloat(Token token)
    {
        var raw = TokenText(token);
        Span<char> buffer = raw.Length <= 128 ? stackalloc char[raw.Length] : new char[raw.Length];
        var length = 0;
        var previous = '.';
        foreach (var c in raw)
        {
            if (c == '_')
            {
                if (!char.IsAsciiDigit(previous))
                {
                    throw InvalidNumber(token, 10);
                }
                previous = c;
                continue;
            }
            if (previous == '_' && !char.IsAsciiDigit(c))
            {
                throw InvalidNumber(token, 10);
            }
            if (!(char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-'))
            {
                throw InvalidNumber(token, 10);
            }
            buffer[length++] = c;
            previous = c;
        }
        if (
            previous == '_'
            || !double.TryParse(
                buffer[..length],
                NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture,
                out var value
            )
        )
        {
            throw InvalidNumber(token, 10);
        }
        if (double.IsInfinity(value))
        {
            throw ErrorAt(
                token.Start,
                $"floating point number is too large: '{raw}' is beyond the range of a 64-bit float",
                SyntaxErrors.FloatingPointOverflow
            );
        }
        return value;
    }
}
