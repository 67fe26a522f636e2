using System.Globalization;
using System.Text;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Storage.FullText;

/// <summary>
/// Parses the Lucene classic query syntax Neo4j's full-text procedures accept: terms, "phrases",
/// AND / OR / NOT (and &amp;&amp; || !), + and -, parentheses, field:term, wildcards (* ?), fuzzy term~N
/// and boosts ^N. Clause occurrence follows Lucene's classic QueryParser (default operator OR).
/// </summary>
internal sealed class FtQueryParser
{
    private readonly string _text;
    private int _pos;
    private int _depth;

    private FtQueryParser(string text) => _text = text;

    public static FtQuery Parse(string text)
    {
        var parser = new FtQueryParser(text);
        var query = parser.ParseQuery(null);
        parser.SkipSpace();
        if (parser._pos < text.Length)
        {
            throw parser.Error($"Encountered \"{text[parser._pos]}\"");
        }
        if (query.Clauses.Count == 0)
        {
            throw parser.Error("Encountered \"<EOF>\"");
        }
        return query;
    }

    private CypherException Error(string what) =>
        new(
            Neo4jStatusCodes.ProcedureCallFailed,
            $"Cannot parse '{_text}': {what} at line 1, column {(_pos + 1).ToString(CultureInfo.InvariantCulture)}. "
                + "Full-text queries use Lucene syntax: terms, \"phrases\", AND/OR/NOT, +/-, (…), field:term, term*, term~."
        );

    private FtQuery ParseQuery(string? field)
    {
        var query = new FtQuery { Kind = FtQuery.QueryKind.Boolean };
        var conj = 0; // 0 none, 1 AND, 2 OR
        while (true)
        {
            SkipSpace();
            if (_pos >= _text.Length || _text[_pos] == ')')
            {
                if (conj != 0)
                {
                    throw Error("Encountered \"<EOF>\"");
                }
                return query;
            }
            if (query.Clauses.Count > 0 && conj == 0)
            {
                if (TryKeyword("AND") || TryOp("&&"))
                {
                    conj = 1;
                    continue;
                }
                if (TryKeyword("OR") || TryOp("||"))
                {
                    conj = 2;
                    continue;
                }
            }
            var mods = 0; // 0 none, 1 required, 2 prohibited
            if (TryOp("+"))
            {
                mods = 1;
            }
            else if (TryOp("-") || TryOp("!") || TryKeyword("NOT"))
            {
                mods = 2;
            }
            SkipSpace();
            var clause = ParseClause(field);
            AddClause(query, conj, mods, clause);
            conj = 0;
        }
    }

    private static void AddClause(FtQuery query, int conj, int mods, FtQuery clause)
    {
        if (query.Clauses.Count > 0 && conj == 1)
        {
            var last = query.Clauses[^1];
            if (last.Occur != FtQuery.Occur.MustNot)
            {
                query.Clauses[^1] = (FtQuery.Occur.Must, last.Query);
            }
        }
        var required = mods == 1;
        var prohibited = mods == 2;
        if (conj == 1 && !prohibited)
        {
            required = true;
        }
        var occur =
            prohibited ? FtQuery.Occur.MustNot
            : required ? FtQuery.Occur.Must
            : FtQuery.Occur.Should;
        query.Clauses.Add((occur, clause));
    }

    private FtQuery ParseClause(string? field)
    {
        if (_pos >= _text.Length)
        {
            throw Error("Encountered \"<EOF>\"");
        }
        // field:
        var save = _pos;
        var name = ReadTermText(out _, allowWildcards: false);
        if (name.Length > 0 && _pos < _text.Length && _text[_pos] == ':')
        {
            _pos++;
            SkipSpace();
            field = name;
        }
        else
        {
            _pos = save;
        }
        if (_pos >= _text.Length)
        {
            throw Error("Encountered \"<EOF>\"");
        }
        FtQuery result;
        var c = _text[_pos];
        if (c == '(')
        {
            if (++_depth > 100)
            {
                throw Error("Query nested too deeply");
            }
            _pos++;
            result = ParseQuery(field);
            SkipSpace();
            if (_pos >= _text.Length || _text[_pos] != ')')
            {
                throw Error("Encountered \"<EOF>\", expected \")\"");
            }
            _pos++;
            _depth--;
        }
        else if (c == '"')
        {
            _pos++;
            var sb = new StringBuilder();
            while (_pos < _text.Length && _text[_pos] != '"')
            {
                if (_text[_pos] == '\\' && _pos + 1 < _text.Length)
                {
                    _pos++;
                }
                sb.Append(_text[_pos++]);
            }
            if (_pos >= _text.Length)
            {
                throw Error("Lexical error: unterminated phrase (missing closing '\"')");
            }
            _pos++;
            if (_pos < _text.Length && _text[_pos] == '~')
            {
                _pos++;
                ReadNumber(); // slop is accepted; phrases match exactly
            }
            result = new FtQuery
            {
                Kind = FtQuery.QueryKind.Phrase,
                Field = field,
                Text = sb.ToString(),
            };
        }
        else if (c is '[' or '{')
        {
            throw Error("Range queries ([a TO b]) are not supported");
        }
        else
        {
            var term = ReadTermText(out var wildcard, allowWildcards: true);
            if (term.Length == 0)
            {
                throw Error($"Encountered \"{c}\"");
            }
            if (_pos < _text.Length && _text[_pos] == '~')
            {
                _pos++;
                var edits = ReadNumber() ?? 2;
                result = new FtQuery
                {
                    Kind = FtQuery.QueryKind.Fuzzy,
                    Field = field,
                    Text = term,
                    MaxEdits = (int)Math.Clamp(edits < 1 ? Math.Round((1 - edits) * term.Length) : edits, 0, 2),
                };
            }
            else
            {
                result = new FtQuery
                {
                    Kind = wildcard ? FtQuery.QueryKind.Wildcard : FtQuery.QueryKind.Term,
                    Field = field,
                    Text = term,
                };
            }
        }
        if (_pos < _text.Length && _text[_pos] == '^')
        {
            _pos++;
            result.Boost = ReadNumber() ?? throw Error("Expected a number after '^'");
        }
        return result;
    }

    private double? ReadNumber()
    {
        var s = _pos;
        while (_pos < _text.Length && (char.IsAsciiDigit(_text[_pos]) || _text[_pos] == '.'))
        {
            _pos++;
        }
        return
            _pos > s
            && double.TryParse(_text.AsSpan(s, _pos - s), NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v
            : null;
    }

    private string ReadTermText(out bool wildcard, bool allowWildcards)
    {
        wildcard = false;
        var sb = new StringBuilder();
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '\\')
            {
                if (_pos + 1 >= _text.Length)
                {
                    throw Error("Lexical error: a term cannot end with '\\'");
                }
                sb.Append(_text[_pos + 1]);
                _pos += 2;
                continue;
            }
            if (char.IsWhiteSpace(c) || c is '(' or ')' or '"' or ':' or '^' or '~' or '[' or ']' or '{' or '}')
            {
                break;
            }
            if (c is '+' or '-' or '!' && sb.Length == 0)
            {
                break;
            }
            if (c is '*' or '?')
            {
                if (!allowWildcards)
                {
                    break;
                }
                wildcard = true;
            }
            sb.Append(c);
            _pos++;
        }
        return sb.ToString();
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private bool TryOp(string op)
    {
        if (string.CompareOrdinal(_text, _pos, op, 0, op.Length) == 0)
        {
            _pos += op.Length;
            return true;
        }
        return false;
    }

    private bool TryKeyword(string keyword)
    {
        var end = _pos + keyword.Length;
        if (
            end <= _text.Length
            && string.CompareOrdinal(_text, _pos, keyword, 0, keyword.Length) == 0
            && (end == _text.Length || char.IsWhiteSpace(_text[end]) || _text[end] == '(' || _text[end] == '"')
        )
        {
            _pos = end;
            return true;
        }
        return false;
    }
}
