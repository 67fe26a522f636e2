using System.Runtime.CompilerServices;
using System.Text;
using EconSecGraph.Cypher.Syntax.Ast;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Cypher.Syntax.Parsing;

/// <summary>
/// Hand-written recursive-descent parser for openCypher (docs/opencypher/openCypher.bnf) plus the Neo4j 5
/// additions. Split into partial files by grammar area. Keywords are matched case-insensitively on identifier
/// tokens, so every keyword can also be used as a name where the grammar expects one.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>Deepest nesting accepted; deeper input gets a syntax error instead of a stack overflow.</summary>
    internal const int MaxDepth = 500;

    private readonly string _text;
    private readonly TokenList _tokens;
    private int _index;
    private int _depth;

    // Farthest token index at which something was expected but not found, and what was expected there.
    private int _expectedAt = -1;
    private readonly List<string> _expected = new(16);

    public Parser(string text)
    {
        _text = text;
        _tokens = Lexer.Tokenize(text);
    }

    private Token Current => _tokens[_index];

    private Token PeekToken(int ahead)
    {
        var i = _index + ahead;
        return i < _tokens.Count ? _tokens[i] : _tokens.Last;
    }

    private TokenKind PeekKind(int ahead) => PeekToken(ahead).Kind;

    private int PreviousEnd => _index > 0 ? _tokens[_index - 1].End : 0;

    private Token Advance()
    {
        var token = _tokens[_index];
        if (token.Kind != TokenKind.EndOfInput)
        {
            _index++;
        }
        return token;
    }

    private SourceSpan SpanFrom(int start) => new(start, Math.Max(start, PreviousEnd));

    private void Expecting(string what)
    {
        if (_index > _expectedAt)
        {
            _expectedAt = _index;
            _expected.Clear();
        }
        if (_index == _expectedAt)
        {
            _expected.Add(what);
        }
    }

    private bool Is(TokenKind kind) => _tokens[_index].Kind == kind;

    private bool IsKeyword(string keyword) => _tokens[_index].IsKeyword(keyword);

    private bool IsKeywordAt(int ahead, string keyword) => PeekToken(ahead).IsKeyword(keyword);

    private bool Accept(TokenKind kind)
    {
        if (_tokens[_index].Kind == kind)
        {
            _index++;
            return true;
        }
        Expecting(Describe(kind));
        return false;
    }

    private bool AcceptKeyword(string keyword)
    {
        if (_tokens[_index].IsKeyword(keyword))
        {
            _index++;
            return true;
        }
        Expecting("'" + keyword + "'");
        return false;
    }

    private Token Expect(TokenKind kind)
    {
        var token = _tokens[_index];
        if (token.Kind == kind)
        {
            _index++;
            return token;
        }
        Expecting(Describe(kind));
        throw Unexpected();
    }

    private Token ExpectKeyword(string keyword)
    {
        var token = _tokens[_index];
        if (token.IsKeyword(keyword))
        {
            _index++;
            return token;
        }
        Expecting("'" + keyword + "'");
        throw Unexpected();
    }

    private static string Describe(TokenKind kind) =>
        kind switch
        {
            TokenKind.LeftParen => "'('",
            TokenKind.RightParen => "')'",
            TokenKind.LeftBracket => "'['",
            TokenKind.RightBracket => "']'",
            TokenKind.LeftBrace => "'{'",
            TokenKind.RightBrace => "'}'",
            TokenKind.Comma => "','",
            TokenKind.Dot => "'.'",
            TokenKind.DotDot => "'..'",
            TokenKind.Colon => "':'",
            TokenKind.Pipe => "'|'",
            TokenKind.Equal => "'='",
            TokenKind.Minus => "'-'",
            TokenKind.GreaterThan => "'>'",
            TokenKind.LessThan => "'<'",
            TokenKind.Star => "'*'",
            TokenKind.Caret => "'^'",
            TokenKind.Semicolon => "';'",
            TokenKind.Identifier or TokenKind.QuotedIdentifier => "an identifier",
            TokenKind.String => "a string",
            TokenKind.Integer => "an integer",
            TokenKind.EndOfInput => "end of input",
            _ => "'" + kind + "'",
        };

    /// <summary>A syntax error at the farthest point the parser reached, listing what it expected there.</summary>
    private CypherSyntaxException Unexpected(string? detail = null)
    {
        var index = Math.Max(_index, _expectedAt);
        if (index >= _tokens.Count)
        {
            index = _tokens.Count - 1;
        }
        var token = _tokens[index];
        var expected = index == _expectedAt ? FormatExpected(_expected) : null;
        var message = new StringBuilder();
        if (token.Kind == TokenKind.EndOfInput)
        {
            message.Append("Unexpected end of input");
        }
        else
        {
            message.Append("Invalid input '").Append(_text, token.Start, token.End - token.Start).Append('\'');
        }
        if (expected is not null)
        {
            message.Append(": expected ").Append(expected);
        }
        return SyntaxErrors.At(_text, token.Start, message.ToString(), detail ?? SyntaxErrors.UnexpectedSyntax);
    }

    private static string? FormatExpected(List<string> expected)
    {
        if (expected.Count == 0)
        {
            return null;
        }
        var distinct = new List<string>(expected.Count);
        foreach (var e in expected)
        {
            if (!distinct.Contains(e))
            {
                distinct.Add(e);
            }
        }
        if (distinct.Count == 1)
        {
            return distinct[0];
        }
        var sb = new StringBuilder();
        for (var i = 0; i < distinct.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(i == distinct.Count - 1 ? " or " : ", ");
            }
            sb.Append(distinct[i]);
        }
        return sb.ToString();
    }

    private CypherSyntaxException ErrorAt(int offset, string message, string detail = SyntaxErrors.UnexpectedSyntax) =>
        SyntaxErrors.At(_text, offset, message, detail);

    /// <summary>Guards recursion: absurd nesting becomes a syntax error, never a stack overflow.</summary>
    private void Enter()
    {
        _depth++;
        if (_depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw ErrorAt(
                Current.Start,
                $"The query is nested too deeply (more than {MaxDepth} levels of parentheses, brackets or subqueries); simplify it"
            );
        }
    }

    private void Exit() => _depth--;

    /// <summary>Guards long operator chains that build deep trees without recursing in the parser.</summary>
    private void CheckChain(int length)
    {
        if (_depth + length > MaxDepth * 4)
        {
            throw ErrorAt(
                Current.Start,
                $"The expression is too long (more than {MaxDepth * 4} chained operators); split it up"
            );
        }
    }

    private static bool IsName(Token token) => token.Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier;

    /// <summary>symbolic name: any identifier, including keywords and backtick-quoted names.</summary>
    private bool IsNameStart => _tokens[_index].Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier;

    private string ExpectName(string what)
    {
        var token = Current;
        if (IsName(token))
        {
            _index++;
            return token.Text!;
        }
        Expecting(what);
        throw Unexpected();
    }

    // <variable> ::= <symbolic name>
    private Variable ParseVariable()
    {
        var token = Current;
        if (IsName(token))
        {
            _index++;
            return new Variable(new SourceSpan(token.Start, token.End), token.Text!);
        }
        Expecting("a variable name");
        throw Unexpected();
    }

    private string SourceText(SourceSpan span) => _text.Substring(span.Start, span.Length);
}
