using System.Globalization;
using System.Text;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Storage.Internal;

namespace EconSecGraph.Storage.Import;

/// <summary>
/// A streaming RFC 4180 reader for bulk imports, with LOAD CSV's rules (quotes, doubled quotes,
/// backslash-escaped quotes inside quotes, embedded newlines, blank lines skipped, an empty unquoted
/// field is null). The fields of the current record live in one reused char buffer, so reading a
/// record allocates nothing; callers take strings only of the columns they keep.
/// </summary>
internal sealed class CsvFieldReader : IDisposable
{
    private readonly StreamReader _reader;
    private readonly char _delimiter;

    /// <summary>Chars read at a time: below the large-object threshold (so is the reader's own buffer), as a small import drops them soon.</summary>
    internal const int BufferSize = 1 << 15;

    private readonly char[] _buffer = new char[BufferSize];
    private int _pos;
    private int _len;
    private char[] _text = new char[256];
    private int _textLength;

    // whether the current record's fields are cut from the read buffer itself (fast path) or from _text
    private bool _inBuffer;
    private int[] _starts = new int[16];
    private int[] _ends = new int[16];
    private bool[] _quoted = new bool[16];
    private long _physical = 1;

    // the first buffer's size in bytes and its line breaks: how the rest of the file is estimated
    private long _sampleBytes = -1;
    private int _sampleLines;

    public CsvFieldReader(string path, string source, char delimiter)
    {
        Source = source;
        Path = path;
        _delimiter = delimiter;
        _reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: BufferSize);
    }

    public string Source { get; }

    public string Path { get; }

    /// <summary>The line (1-based) the current record starts on.</summary>
    public long Line { get; private set; }

    public int FieldCount { get; private set; }

    /// <summary>The field's text; empty for a null field or a column past the end of the record.</summary>
    public ReadOnlySpan<char> Field(int i) =>
        (uint)i < (uint)FieldCount ? (_inBuffer ? _buffer : _text).AsSpan(_starts[i], _ends[i] - _starts[i]) : default;

    /// <summary>True when the field is missing or empty and unquoted (LOAD CSV's null).</summary>
    public bool IsNull(int i) => (uint)i >= (uint)FieldCount || (_ends[i] == _starts[i] && !_quoted[i]);

    public string? FieldString(int i) => IsNull(i) ? null : Field(i).ToString();

    /// <summary>Reads the next record; false at the end of the file.</summary>
    public bool Next()
    {
        if (_pos == _len)
        {
            Fill();
        }
        if (NextUnquoted())
        {
            return true;
        }
        _inBuffer = false;
        FieldCount = 0;
        _textLength = 0;
        var fieldStart = 0;
        var quoted = false;
        var inQuotes = false;
        var afterQuote = false;
        var any = false;
        long quoteLine = 0;
        Line = _physical;
        while (true)
        {
            if (_pos == _len && !Fill())
            {
                if (!any)
                {
                    return false;
                }
                if (inQuotes)
                {
                    throw Error(
                        quoteLine,
                        "the quoted field starting on this line is never closed: the file ends inside it. "
                            + "Close the quote, or write a quote inside a quoted field as two quotes (\"\")."
                    );
                }
                EndField(fieldStart, _textLength, quoted);
                return true;
            }
            var ch = _buffer[_pos++];
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (PeekIs('"'))
                    {
                        _pos++;
                        Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                        afterQuote = true;
                    }
                }
                else if (ch == '\\' && PeekIs('"'))
                {
                    _pos++;
                    Append('"');
                }
                else
                {
                    if (ch == '\n')
                    {
                        _physical++;
                    }
                    Append(ch);
                }
                continue;
            }
            if (ch == _delimiter)
            {
                any = true;
                EndField(fieldStart, _textLength, quoted);
                fieldStart = _textLength;
                quoted = false;
                afterQuote = false;
            }
            else if (ch == '\n' || ch == '\r')
            {
                if (ch == '\r' && PeekIs('\n'))
                {
                    _pos++;
                }
                _physical++;
                if (!any)
                {
                    Line = _physical; // blank line
                    continue;
                }
                EndField(fieldStart, _textLength, quoted);
                return true;
            }
            else if (afterQuote)
            {
                throw Error(
                    _physical,
                    "field "
                        + (FieldCount + 1).ToString(CultureInfo.InvariantCulture)
                        + " has text after its closing quote ('"
                        + ch
                        + "'). Quote the whole field, and write a quote inside it as two quotes (\"\")."
                );
            }
            else if (ch == '"' && _textLength == fieldStart && !quoted)
            {
                any = true;
                inQuotes = true;
                quoted = true;
                quoteLine = _physical;
            }
            else
            {
                any = true;
                Append(ch);
            }
        }
    }

    /// <summary>
    /// About how many records <paramref name="bytes"/> bytes of CSV like this file hold, from the lines per byte of
    /// its first buffer (read once the header is). Sizes buffers; never exact.
    /// </summary>
    public long EstimateRecords(long bytes) =>
        _sampleBytes <= 0 ? 0 : (long)((double)bytes * Math.Max(1, _sampleLines) / _sampleBytes);

    /// <summary>
    /// The common record, read without copying: a non-empty line wholly in the buffer, without quotes, ended by a
    /// line break. Its fields are cut from the buffer in place. False (nothing consumed) for any other record,
    /// which the character-by-character reader then takes.
    /// </summary>
    private bool NextUnquoted()
    {
        var delimiter = _delimiter;
        if (delimiter is '"' or '\n' or '\r')
        {
            return false;
        }
        // one scalar pass: lines are short, and a vectorised search per field costs more than it saves
        var buffer = _buffer;
        var start = _pos;
        var from = start;
        FieldCount = 0;
        for (var i = start; i < _len; i++)
        {
            var c = buffer[i];
            if (c == delimiter)
            {
                EndField(from, i, false);
                from = i + 1;
                continue;
            }
            if (c > '"' || (c != '"' && c != '\n' && c != '\r'))
            {
                continue;
            }
            if (c == '"' || i == start)
            {
                return false; // a quote, or a blank line
            }
            var next = i + 1;
            if (c == '\r')
            {
                if (next == _len)
                {
                    return false; // a "\r\n" may be split by the buffer's end
                }
                if (buffer[next] == '\n')
                {
                    next++;
                }
            }
            EndField(from, i, false);
            _inBuffer = true;
            _pos = next;
            Line = _physical++;
            return true;
        }
        return false; // the line goes on past the buffer
    }

    /// <summary>An import error at <paramref name="line"/> of this file: what went wrong and what to do.</summary>
    public CypherException Error(long line, string what) =>
        new(
            Neo4jStatusCodes.ExternalResourceFailed,
            "Cannot import "
                + Source
                + " ("
                + Path
                + ") at line "
                + line.ToString(CultureInfo.InvariantCulture)
                + ": "
                + what
                + " Nothing was imported."
        );

    private bool PeekIs(char c)
    {
        if (_pos == _len && !Fill())
        {
            return false;
        }
        return _buffer[_pos] == c;
    }

    private bool Fill()
    {
        _len = _reader.Read(_buffer, 0, _buffer.Length);
        _pos = 0;
        if (_sampleBytes < 0)
        {
            var first = _buffer.AsSpan(0, Math.Max(_len, 0));
            _sampleBytes = Encoding.UTF8.GetByteCount(first);
            var lines = first.Count('\n');
            _sampleLines = lines > 0 ? lines : first.Count('\r'); // "\n" or "\r\n" line ends, else "\r" alone
        }
        if (_len <= 0)
        {
            _len = 0;
            return false;
        }
        return true;
    }

    private void Append(char c)
    {
        if (_textLength == _text.Length)
        {
            Arrays.Resize(ref _text, _text.Length * 2);
        }
        _text[_textLength++] = c;
    }

    private void EndField(int start, int end, bool quoted)
    {
        if (FieldCount == _starts.Length)
        {
            Arrays.Resize(ref _starts, FieldCount * 2);
            Arrays.Resize(ref _ends, FieldCount * 2);
            Arrays.Resize(ref _quoted, FieldCount * 2);
        }
        _starts[FieldCount] = start;
        _ends[FieldCount] = end;
        _quoted[FieldCount] = quoted;
        FieldCount++;
    }

    public void Dispose() => _reader.Dispose();
}
