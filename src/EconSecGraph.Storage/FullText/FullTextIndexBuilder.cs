using System.Runtime.InteropServices;
using EconSecGraph.Graph.Values;
using EconSecGraph.Storage.Internal;
using EconSecGraph.Storage.Schema;

namespace EconSecGraph.Storage.FullText;

/// <summary>
/// Builds a <see cref="FullTextIndex"/> in bulk: documents are added in ascending id order, their
/// terms interned, and one compact record kept per (term, document, field); <see cref="Build"/> then
/// counts the postings per term and fills each term's arrays once — no object per posting, no
/// per-term list growing. The bulk importer calls this directly (ids ascending, values per index
/// property); index creation, recovery and commits use it too.
/// </summary>
internal sealed class FullTextIndexBuilder : ITermInterner
{
    private readonly IndexDescriptor _descriptor;
    private readonly Analyzer _analyzer;
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly List<int> _termPostings = [];
    private readonly List<int> _termPositions = [];
    private readonly Dictionary<long, DocInfo> _docs = [];
    private readonly long[] _totals;
    private readonly int[] _docCounts;
    private readonly List<Token> _tokens = [];
    private readonly List<int> _docTerms = [];

    // one record per (term, document, field), in document order
    private int[] _recTerm = new int[256];
    private long[] _recDoc = new long[256];
    private ushort[] _recField = new ushort[256];
    private int[] _recLength = new int[256];
    private int[] _recPositions = new int[257];
    private int _records;
    private int[] _positions = new int[256];
    private int _positionCount;
    private long[] _sortKeys = new long[64];
    private long _lastId = -1;

    public FullTextIndexBuilder(IndexDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (descriptor.Properties.Count > ushort.MaxValue)
        {
            throw new ArgumentException(
                $"A full-text index covers at most {ushort.MaxValue} properties; '{descriptor.Name}' lists {descriptor.Properties.Count}.",
                nameof(descriptor)
            );
        }
        _descriptor = descriptor;
        _analyzer = Analyzers.Get(descriptor.Analyzer ?? Analyzers.DefaultName)!;
        _totals = new long[descriptor.Properties.Count];
        _docCounts = new int[descriptor.Properties.Count];
    }

    /// <summary>
    /// Indexes entity <paramref name="id"/> with the values of the index's properties (in the
    /// descriptor's order; strings and lists of strings are indexed, anything else is skipped).
    /// Ids must be added in ascending order, each once.
    /// </summary>
    public void Add(long id, ReadOnlySpan<CypherValue?> values)
    {
        if (id <= _lastId)
        {
            throw new ArgumentException(
                $"Full-text bulk build: entity {id} added after {_lastId}; add entities once each, in ascending id order.",
                nameof(id)
            );
        }
        if (values.Length != _totals.Length)
        {
            throw new ArgumentException(
                $"Full-text bulk build: {values.Length} values for index '{_descriptor.Name}', which has {_totals.Length} properties.",
                nameof(values)
            );
        }
        _lastId = id;
        int[]? lengths = null;
        _docTerms.Clear();
        for (var f = 0; f < values.Length; f++)
        {
            _tokens.Clear();
            switch (values[f])
            {
                case CypherString s:
                    _analyzer.Analyze(s.Value, _tokens, 0, this);
                    break;
                case CypherList list:
                    var position = 0;
                    foreach (var item in list)
                    {
                        if (item is CypherString si)
                        {
                            position = _analyzer.Analyze(si.Value, _tokens, position, this) + 100;
                        }
                    }
                    break;
                default:
                    continue;
            }
            if (_tokens.Count == 0)
            {
                continue;
            }
            lengths ??= new int[values.Length];
            lengths[f] = _tokens.Count;
            _totals[f] += _tokens.Count;
            _docCounts[f]++;
            AddField(id, (ushort)f, _tokens.Count);
        }
        if (lengths is not null)
        {
            var terms = new string[_docTerms.Count];
            for (var i = 0; i < terms.Length; i++)
            {
                terms[i] = _terms[_docTerms[i]];
            }
            _docs.Add(id, new DocInfo(SharedLengths(lengths), terms));
        }
    }

    // most documents of a one-field index are short: their length arrays are shared (never written after construction)
    private const int SharedLimit = 256;
    private static readonly int[][] s_lengths = [.. Enumerable.Range(0, SharedLimit).Select(i => new[] { i })];

    private static int[] SharedLengths(int[] lengths) =>
        lengths.Length == 1 && (uint)lengths[0] < SharedLimit ? s_lengths[lengths[0]] : lengths;

    /// <summary>A known term's string, or a new string for a term not seen yet.</summary>
    public string Intern(ReadOnlySpan<char> term) =>
        _termIds.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(term, out var known, out _)
            ? known
            : new string(term);

    /// <summary>The tokens of one field: grouped by term (positions ascending), one record per term.</summary>
    private void AddField(long id, ushort field, int length)
    {
        var n = _tokens.Count;
        if (_sortKeys.Length < n)
        {
            _sortKeys = new long[Math.Max(n, _sortKeys.Length * 2)];
        }
        for (var i = 0; i < n; i++)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_termIds, _tokens[i].Term, out var exists);
            if (!exists)
            {
                slot = _terms.Count;
                _terms.Add(_tokens[i].Term);
                _termPostings.Add(0);
                _termPositions.Add(0);
            }
            _sortKeys[i] = ((long)slot << 32) | (uint)i;
        }
        var keys = _sortKeys.AsSpan(0, n);
        if (n > 1)
        {
            keys.Sort();
        }
        var k = 0;
        while (k < n)
        {
            var term = (int)(keys[k] >> 32);
            EnsureRecord();
            _recTerm[_records] = term;
            _recDoc[_records] = id;
            _recField[_records] = field;
            _recLength[_records] = length;
            _recPositions[_records] = _positionCount;
            var start = k;
            while (k < n && (int)(keys[k] >> 32) == term)
            {
                EnsurePosition();
                _positions[_positionCount++] = _tokens[(int)(uint)keys[k]].Position;
                k++;
            }
            _records++;
            _termPostings[term]++;
            _termPositions[term] += k - start;
            if (field == 0 || !_docTerms.Contains(term))
            {
                _docTerms.Add(term);
            }
        }
    }

    private void EnsureRecord()
    {
        if (_records + 1 < _recTerm.Length)
        {
            return;
        }
        var size = _recTerm.Length * 2;
        Array.Resize(ref _recTerm, size);
        Array.Resize(ref _recDoc, size);
        Array.Resize(ref _recField, size);
        Array.Resize(ref _recLength, size);
        Array.Resize(ref _recPositions, size + 1);
    }

    private void EnsurePosition()
    {
        if (_positionCount == _positions.Length)
        {
            Array.Resize(ref _positions, _positions.Length * 2);
        }
    }

    /// <summary>The index over every document added.</summary>
    public FullTextIndex Build()
    {
        // counting sort of the records by term into one set of arrays; each term's list is a slice
        var termCount = _terms.Count;
        var offsets = new int[termCount + 1];
        for (var t = 0; t < termCount; t++)
        {
            offsets[t + 1] = offsets[t] + _termPostings[t];
        }
        var positionOffsets = new int[termCount];
        for (var t = 1; t < termCount; t++)
        {
            positionOffsets[t] = positionOffsets[t - 1] + _termPositions[t - 1];
        }
        var docs = new long[_records];
        var fields = new ushort[_records];
        var lengths = new int[_records];
        var starts = new int[_records + 1];
        var positions = new int[_positionCount];
        var next = offsets[..termCount];
        _recPositions[_records] = _positionCount;
        for (var r = 0; r < _records; r++)
        {
            var t = _recTerm[r];
            var slot = next[t]++;
            docs[slot] = _recDoc[r];
            fields[slot] = _recField[r];
            lengths[slot] = _recLength[r];
            var from = _recPositions[r];
            var count = _recPositions[r + 1] - from;
            starts[slot] = positionOffsets[t];
            _positions.AsSpan(from, count).CopyTo(positions.AsSpan(positionOffsets[t]));
            positionOffsets[t] += count;
        }
        starts[_records] = _positionCount;
        var postings = new Dictionary<string, PostingList>(termCount, StringComparer.Ordinal);
        for (var t = 0; t < termCount; t++)
        {
            postings.Add(
                _terms[t],
                new PostingList(docs, fields, lengths, starts, positions, offsets[t], offsets[t + 1] - offsets[t])
            );
        }
        return new FullTextIndex(
            _descriptor,
            LayeredMap<string, PostingList>.Of(postings),
            LayeredMap<long, DocInfo>.Of(_docs),
            null,
            _totals,
            _docCounts
        );
    }
}
