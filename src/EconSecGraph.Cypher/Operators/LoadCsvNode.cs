using System.Text;
using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>
/// LOAD CSV: streams a UTF-8 file from the import directory (<c>file:///name.csv</c>), one row per
/// record — a list of strings, or with headers a map; empty fields are null.
/// </summary>
internal sealed class LoadCsvNode(
    PlanNode input,
    Evaluator source,
    int slot,
    int stateSlot,
    bool headers,
    char terminator,
    string text
) : PlanNode(input)
{
    public override string Name => "LoadCSV";

    public override string Details => text;

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new CsvCursor(Children[0].Open(context, row), this, row, context);

    private sealed class CsvCursor(Cursor input, LoadCsvNode node, CypherValue[] row, QueryContext context)
        : Cursor,
            IDisposable
    {
        private CsvReader? _reader;
        private string?[]? _header;
        private long _line;
        private CypherString? _file;

        public override bool MoveNext()
        {
            while (true)
            {
                if (_reader is not null)
                {
                    var record = _reader.Next();
                    if (record is not null)
                    {
                        context.Tick();
                        _line = _reader.Line;
                        row[node._slot] = Convert(record);
                        row[node._stateSlot] = CypherList.Wrap([CypherInteger.Of(_line), _file!]);
                        return true;
                    }
                    _reader.Dispose();
                    _reader = null;
                }
                if (!input.MoveNext())
                {
                    return false;
                }
                var url = node._source(row, context);
                if (url is not CypherString s)
                {
                    throw new CypherTypeException("LOAD CSV needs a string URL, got " + url.TypeName + ".");
                }
                var path = ResolvePath(s.Value, context);
                _file = new CypherString(path);
                _reader = new CsvReader(path, s.Value, node._terminator);
                _header = null;
                if (node._headers)
                {
                    _header = _reader.Next();
                    if (_header is null)
                    {
                        _reader.Dispose();
                        _reader = null;
                    }
                }
            }
        }

        private CypherValue Convert(string?[] record)
        {
            if (_header is null)
            {
                var items = new CypherValue[record.Length];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = record[i] is { } v ? new CypherString(v) : CypherNull.Instance;
                }
                return CypherList.Wrap(items);
            }
            var map = new Dictionary<string, CypherValue>(_header.Length, StringComparer.Ordinal);
            for (var i = 0; i < _header.Length; i++)
            {
                var v = i < record.Length ? record[i] : null;
                map[_header[i] ?? string.Empty] = v is null ? CypherNull.Instance : new CypherString(v);
            }
            return CypherMap.Wrap(map);
        }

        public void Dispose() => Close();

        public override void Close()
        {
            _reader?.Dispose();
            _reader = null;
            input.Close();
        }
    }

    internal static string ResolvePath(string url, QueryContext context)
    {
        if (!url.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            throw new CypherException(
                Neo4jStatusCodes.ArgumentError,
                "Invalid URL '"
                    + url
                    + "': only file:/// URLs inside the import directory can be loaded by the embedded engine.",
                detail: "InvalidArgumentValue"
            );
        }
        var root = context.Services.Options.ImportDirectory;
        if (root is null)
        {
            throw new CypherException(
                Neo4jStatusCodes.ArgumentError,
                "LOAD CSV from file URLs is disabled: set EmbeddedOptions.ImportDirectory to the folder the files are in.",
                detail: "InvalidArgumentValue"
            );
        }
        var rest = Uri.UnescapeDataString(url[5..].TrimStart('/'));
        var full = Path.GetFullPath(Path.Combine(root, rest));
        var rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(rootFull, StringComparison.Ordinal))
        {
            throw new CypherException(
                Neo4jStatusCodes.ArgumentError,
                "Invalid URL '" + url + "': it points outside the import directory.",
                detail: "InvalidArgumentValue"
            );
        }
        if (!File.Exists(full))
        {
            throw new CypherException(
                Neo4jStatusCodes.ExternalResourceFailed,
                "Couldn't load the external resource at: "
                    + url
                    + " (no such file in the import directory "
                    + root
                    + ")"
            );
        }
        return full;
    }

    private readonly Evaluator _source = source;
    private readonly int _slot = slot;
    private readonly int _stateSlot = stateSlot;
    private readonly bool _headers = headers;
    private readonly char _terminator = terminator;

    /// <summary>
    /// A streaming RFC 4180 reader (quotes, doubled quotes, backslash-escaped quotes, embedded newlines).
    /// A malformed record (a quote never closed, text after a closing quote) fails with the file and the line.
    /// </summary>
    private sealed class CsvReader(string path, string url, char terminator) : IDisposable
    {
        private readonly StreamReader _reader = new(
            path,
            Encoding.UTF8,
            detectEncodingFromByteOrderMarks: true,
            bufferSize: 1 << 16
        );
        private readonly StringBuilder _field = new();
        private readonly List<string?> _fields = [];
        private long _physical = 1;

        /// <summary>The line (1-based, in the file) the last record ended on.</summary>
        public long Line { get; private set; }

        public string?[]? Next()
        {
            _fields.Clear();
            _field.Clear();
            var quoted = false;
            var inQuotes = false;
            var afterQuote = false;
            var any = false;
            long quoteLine = 0;
            while (true)
            {
                var c = _reader.Read();
                if (c < 0)
                {
                    if (!any)
                    {
                        return null;
                    }
                    if (inQuotes)
                    {
                        throw Bad(
                            quoteLine,
                            "the quoted field starting on this line is never closed: the file ends inside it. "
                                + "Close the quote, or write a quote inside a quoted field as two quotes (\"\")."
                        );
                    }
                    EndField(quoted);
                    Line = _physical;
                    return [.. _fields];
                }
                any = true;
                var ch = (char)c;
                if (inQuotes)
                {
                    if (ch == '"')
                    {
                        if (_reader.Peek() == '"')
                        {
                            _ = _reader.Read();
                            _field.Append('"');
                        }
                        else
                        {
                            inQuotes = false;
                            afterQuote = true;
                        }
                    }
                    else if (ch == '\\' && _reader.Peek() == '"')
                    {
                        _ = _reader.Read();
                        _field.Append('"');
                    }
                    else
                    {
                        if (ch == '\n')
                        {
                            _physical++;
                        }
                        _field.Append(ch);
                    }
                    continue;
                }
                if (ch == terminator)
                {
                    EndField(quoted);
                    quoted = false;
                    afterQuote = false;
                }
                else if (ch == '\n' || ch == '\r')
                {
                    if (ch == '\r' && _reader.Peek() == '\n')
                    {
                        _ = _reader.Read();
                    }
                    Line = _physical;
                    _physical++;
                    if (_fields.Count == 0 && _field.Length == 0 && !quoted)
                    {
                        any = false;
                        continue; // blank line
                    }
                    EndField(quoted);
                    return [.. _fields];
                }
                else if (afterQuote)
                {
                    throw Bad(
                        _physical,
                        "field "
                            + (_fields.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
                            + " has text after its closing quote ('"
                            + ch
                            + "'). Quote the whole field, and write a quote inside it as two quotes (\"\")."
                    );
                }
                else if (ch == '"' && _field.Length == 0 && !quoted)
                {
                    inQuotes = true;
                    quoted = true;
                    quoteLine = _physical;
                }
                else
                {
                    _field.Append(ch);
                }
            }
        }

        private CypherException Bad(long line, string what) =>
            new(
                Neo4jStatusCodes.ExternalResourceFailed,
                "Cannot read the CSV file "
                    + url
                    + " ("
                    + path
                    + ") at line "
                    + line.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + ": "
                    + what
            );

        private void EndField(bool quoted)
        {
            _fields.Add(_field.Length == 0 && !quoted ? null : _field.ToString());
            _field.Clear();
        }

        public void Dispose() => _reader.Dispose();
    }
}
