using EconSecGraph.Graph.Values;
using EconSecGraph.Storage.Internal;
using EconSecGraph.Storage.Schema;

namespace EconSecGraph.Storage.FullText;

/// <summary>
/// Builds a <see cref="FullTextIndex"/> in bulk: documents are added in ascending id order, their
/// terms interned as they come out of the analyser (one hash lookup per token, no string per known
/// term), and one compact record kept per (term, document, field) — the document, field and length
/// once per (document, field) group; <see cref="Build"/> then counts the postings per term and fills
/// each term's arrays once. Transient arrays are sized from the expected document count (no doubling
/// garbage on the large-object heap) and dropped before the final ones are allocated where possible.
/// The bulk importer calls this directly (ids ascending, values per index property); index
/// creation, recovery and commits use it too. Build once.
/// </summary>
internal sealed class FullTextIndexBuilder : ITermSink
{
    private readonly IndexDescriptor _descriptor;
    private readonly Analyzer _analyzer;
    private readonly int _fieldCount;
    private readonly int _expectedDocuments;

    // term → its posting list, made (empty, holding the term's id) when the term is first seen and
    // filled by Build: the final map is the one looked up while adding, no second hashing of every term
    private readonly Dictionary<string, PostingList> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PostingList>.AlternateLookup<ReadOnlySpan<char>> _termLookup;
    private string[] _terms = new string[256];
    private int _termCount;

    // one-character terms (a Han ideograph, kana, a digit) by character, id + 1: no hashing for the commonest CJK tokens
    private readonly int[]? _charTerms;
    private int[] _termPostings = new int[256];
    private int[] _termPositions = new int[256];
    private readonly Dictionary<long, DocInfo> _docs;
    private readonly long[] _totals;
    private readonly int[] _docCounts;

    // the distinct term ids of each document (with terms), document after document
    private readonly DocTermTable _docTermTable = new();
    private int[] _docTermIds;
    private int _docTermCount;
    private int[] _docTermStarts;
    private int _docOrdinal;
    private int _docTermStart;

    // the tokens of the field being added: (term id << 32 | token index) and positions by token index
    private long[] _keys = new long[64];
    private int[] _tokenPositions = new int[64];
    private int _tokenCount;

    // one record per (term, document, field), in document order: its term and first position
    private int[] _recTerm;
    private int[] _recPositions;
    private int _records;

    // one group per (document, field) with tokens: document, field, length, first record
    private long[] _groupDoc;
    private ushort[] _groupField;
    private int[] _groupLength;
    private int[] _groupFirst;
    private int _groups;

    private int[] _positions;
    private int _positionCount;

    private long _lastId = -1;
    private long _current = -1;
    private int _lastField = -1;
    private int[]? _lengths;
    private int _documentsAdded;

    /// <param name="descriptor">The index.</param>
    /// <param name="expectedDocuments">About how many documents will be added (sizes the buffers; 0 if unknown).</param>
    public FullTextIndexBuilder(IndexDescriptor descriptor, int expectedDocuments = 0)
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
        _fieldCount = descriptor.Properties.Count;
        _totals = new long[_fieldCount];
        _docCounts = new int[_fieldCount];
        _expectedDocuments = Math.Max(0, expectedDocuments);
        _docs = new Dictionary<long, DocInfo>(_expectedDocuments);
        _termLookup = _postings.GetAlternateLookup<ReadOnlySpan<char>>();
        _charTerms = _expectedDocuments >= 4096 ? new int[char.MaxValue + 1] : null;
        // a first guess for a few thousand documents; Grow extrapolates from what has been seen to the expected count
        var groups = Math.Clamp(_expectedDocuments, 16, 4096);
        _groupDoc = new long[groups];
        _groupField = new ushort[groups];
        _groupLength = new int[groups];
        _groupFirst = new int[groups + 1];
        _recTerm = new int[Math.Max(64, groups * 4)];
        _recPositions = new int[_recTerm.Length + 1];
        _positions = new int[Math.Max(64, groups * 6)];
        _docTermIds = new int[_recTerm.Length];
        _docTermStarts = new int[groups + 1];
    }

    /// <summary>
    /// Indexes entity <paramref name="id"/> with the values of the index's properties (in the
    /// descriptor's order; strings and lists of strings are indexed, anything else is skipped).
    /// Ids must be added in ascending order, each once.
    /// </summary>
    public void Add(long id, ReadOnlySpan<CypherValue?> values)
    {
        if (values.Length != _fieldCount)
        {
            throw new ArgumentException(
                $"Full-text bulk build: {values.Length} values for index '{_descriptor.Name}', which has {_fieldCount} properties.",
                nameof(values)
            );
        }
        BeginDocument(id);
        for (var f = 0; f < values.Length; f++)
        {
            AddField(f, values[f]);
        }
        EndDocument();
    }

    /// <summary>Starts entity <paramref name="id"/> (ids ascending, each once); its fields follow, then <see cref="EndDocument"/>.</summary>
    public void BeginDocument(long id)
    {
        if (id <= _lastId)
        {
            throw new ArgumentException(
                $"Full-text bulk build: entity {id} added after {_lastId}; add entities once each, in ascending id order.",
                nameof(id)
            );
        }
        _lastId = id;
        _current = id;
        _lastField = -1;
        _lengths = null;
        _docTermStart = _docTermCount;
    }

    /// <summary>Field <paramref name="field"/> (ascending within a document) with a value of any kind.</summary>
    public void AddField(int field, CypherValue? value)
    {
        switch (value)
        {
            case CypherString s:
                AddField(field, s.Value.AsSpan());
                break;
            case CypherList list:
                StartField(field);
                var position = 0;
                foreach (var item in list)
                {
                    if (item is CypherString si)
                    {
                        position = _analyzer.Analyze(si.Value.AsSpan(), this, position) + 100;
                    }
                }
                EndField(field);
                break;
            default:
                StartField(field);
                break;
        }
    }

    /// <summary>Field <paramref name="field"/> (ascending within a document) holding a string.</summary>
    public void AddField(int field, ReadOnlySpan<char> text)
    {
        StartField(field);
        _analyzer.Analyze(text, this, 0);
        EndField(field);
    }

    private void StartField(int field)
    {
        if (_current < 0 || field <= _lastField || field >= _fieldCount)
        {
            throw new InvalidOperationException(
                $"Full-text bulk build: field {field} of entity {_current} out of order (after field {_lastField}, of {_fieldCount})."
            );
        }
        _lastField = field;
        _tokenCount = 0;
    }

    /// <summary>One analysed term of the current field: interned once, kept as its id.</summary>
    void ITermSink.Add(ReadOnlySpan<char> term, int position)
    {
        int id;
        if (term.Length == 1 && _charTerms is { } chars && chars[term[0]] > 0)
        {
            id = chars[term[0]] - 1;
        }
        else if (_termLookup.TryGetValue(term, out var list))
        {
            id = list.PendingTermId;
        }
        else
        {
            id = NewTerm(term);
        }
        if (_tokenCount == _keys.Length)
        {
            Arrays.Resize(ref _keys, _keys.Length * 2);
            Arrays.Resize(ref _tokenPositions, _keys.Length);
        }
        _keys[_tokenCount] = ((long)id << 32) | (uint)_tokenCount;
        _tokenPositions[_tokenCount] = position;
        _tokenCount++;
    }

    private int NewTerm(ReadOnlySpan<char> term)
    {
        var id = _termCount++;
        var s = new string(term);
        _postings.Add(s, PostingList.Pending(id));
        if (id == _terms.Length)
        {
            Arrays.Resize(ref _terms, id * 2);
            Arrays.Resize(ref _termPostings, id * 2);
            Arrays.Resize(ref _termPositions, id * 2);
        }
        _terms[id] = s;
        if (term.Length == 1 && _charTerms is { } chars)
        {
            chars[term[0]] = id + 1;
        }
        return id;
    }

    /// <summary>The tokens of one field: grouped by term (positions ascending), one record per term.</summary>
    private void EndField(int field)
    {
        var n = _tokenCount;
        if (n == 0)
        {
            return;
        }
        _lengths ??= new int[_fieldCount];
        _lengths[field] = n;
        _totals[field] += n;
        _docCounts[field]++;
        var keys = _keys;
        SortKeys(keys, n);
        EnsureCapacity(n);
        _groupDoc[_groups] = _current;
        _groupField[_groups] = (ushort)field;
        _groupLength[_groups] = n;
        _groupFirst[_groups] = _records;
        _groups++;
        var firstField = _docTermCount == _docTermStart;
        var k = 0;
        while (k < n)
        {
            var term = (int)(keys[k] >> 32);
            _recTerm[_records] = term;
            _recPositions[_records] = _positionCount;
            var start = k;
            while (k < n && (int)(keys[k] >> 32) == term)
            {
                _positions[_positionCount++] = _tokenPositions[(int)(uint)keys[k]];
                k++;
            }
            _records++;
            _termPostings[term]++;
            _termPositions[term] += k - start;
            if (firstField || !DocumentHasTerm(term))
            {
                _docTermIds[_docTermCount++] = term;
            }
        }
    }

    /// <summary>True when an earlier field of the current document has <paramref name="term"/> (a plain loop: the few terms of a document).</summary>
    private bool DocumentHasTerm(int term)
    {
        for (var i = _docTermStart; i < _docTermCount; i++)
        {
            if (_docTermIds[i] == term)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Sorts a field's first <paramref name="n"/> token keys: insertion sort for the usual few (often already in
    /// order), else Array.Sort. Arrays, not spans: a span of longs is a framework generic that ReadyToRun code
    /// cannot inline, and this runs once per field.
    /// </summary>
    private static void SortKeys(long[] keys, int n)
    {
        if (n > 16)
        {
            Array.Sort(keys, 0, n);
            return;
        }
        for (var i = 1; i < n; i++)
        {
            var key = keys[i];
            var j = i - 1;
            while (j >= 0 && keys[j] > key)
            {
                keys[j + 1] = keys[j];
                j--;
            }
            keys[j + 1] = key;
        }
    }

    /// <summary>Ends the current document: its field lengths and distinct terms are kept (for scoring and removal).</summary>
    public void EndDocument()
    {
        if (_documentsAdded == TermEstimateAfter && _expectedDocuments >= 4 * TermEstimateAfter)
        {
            // the term map grows by doubling, copying every entry each time; size it once from the
            // rate so far (trimmed back in Build if the vocabulary grew more slowly)
            _postings.EnsureCapacity(
                (int)Math.Min(int.MaxValue / 2, (long)_termCount * _expectedDocuments / TermEstimateAfter)
            );
        }
        if (_lengths is { } lengths)
        {
            if (_docOrdinal + 1 >= _docTermStarts.Length)
            {
                Arrays.Resize(ref _docTermStarts, Grow(_docTermStarts.Length, _docOrdinal, _docOrdinal + 2));
            }
            _docTermStarts[_docOrdinal] = _docTermStart;
            _docs.Add(_current, new DocInfo(SharedLengths(lengths), _docTermTable, _docOrdinal));
            _docOrdinal++;
        }
        _current = -1;
        _documentsAdded++;
    }

    /// <summary>The array itself when it is nearly full, else a copy of its first <paramref name="count"/> items.</summary>
    private static T[] Trim<T>(T[] array, int count)
    {
        if (array.Length - count <= array.Length / 32)
        {
            return array;
        }
        // a copy by hand: the range operator over a value-type array is compiled at every start
        Arrays.Resize(ref array, count);
        return array;
    }

    private const int TermEstimateAfter = 8192;

    // most documents of a one-field index are short: their length arrays are shared (never written after construction)
    private const int SharedLimit = 256;
    private static readonly int[][] s_lengths = SharedLengthArrays();

    private static int[][] SharedLengthArrays()
    {
        var lengths = new int[SharedLimit][];
        for (var i = 0; i < SharedLimit; i++)
        {
            lengths[i] = [i];
        }
        return lengths;
    }

    private static int[] SharedLengths(int[] lengths) =>
        lengths.Length == 1 && (uint)lengths[0] < SharedLimit ? s_lengths[lengths[0]] : lengths;

    /// <summary>Room for one more group of up to <paramref name="tokens"/> records and positions.</summary>
    private void EnsureCapacity(int tokens)
    {
        if (_groups + 1 >= _groupDoc.Length)
        {
            var size = Grow(_groupDoc.Length, _groups, _groups + 2);
            Arrays.Resize(ref _groupDoc, size);
            Arrays.Resize(ref _groupField, size);
            Arrays.Resize(ref _groupLength, size);
            Arrays.Resize(ref _groupFirst, size + 1);
        }
        if (_records + tokens >= _recTerm.Length)
        {
            var size = Grow(_recTerm.Length, _records, _records + tokens + 1);
            Arrays.Resize(ref _recTerm, size);
            Arrays.Resize(ref _recPositions, size + 1);
        }
        if (_docTermCount + tokens > _docTermIds.Length)
        {
            Arrays.Resize(ref _docTermIds, Grow(_docTermIds.Length, _docTermCount, _docTermCount + tokens));
        }
        if (_positionCount + tokens > _positions.Length)
        {
            Arrays.Resize(ref _positions, Grow(_positions.Length, _positionCount, _positionCount + tokens));
        }
    }

    /// <summary>
    /// A new size for an array holding <paramref name="used"/> items after <see cref="_documentsAdded"/>
    /// documents: the rate so far times the expected documents (plus a margin), at least 1.25× the old size.
    /// </summary>
    private int Grow(int size, int used, int needed)
    {
        long next = size * 2L;
        if (_expectedDocuments > _documentsAdded && _documentsAdded >= 64)
        {
            var estimate = (long)((double)used / _documentsAdded * _expectedDocuments * 1.02) + 1024;
            next = Math.Max(estimate, size + (size / 4));
        }
        return (int)Math.Min(Array.MaxLength, Math.Max(next, needed));
    }

    /// <summary>The index over every document added.</summary>
    public FullTextIndex Build()
    {
        if (_current >= 0)
        {
            throw new InvalidOperationException("Full-text bulk build: the last document was not ended.");
        }
        // counting sort of the records by term into one set of arrays; each term's list is a slice
        var termCount = _termCount;
        var offsets = new int[termCount + 1];
        for (var t = 0; t < termCount; t++)
        {
            offsets[t + 1] = offsets[t] + _termPostings[t];
        }
        // _termPositions becomes each term's next free position slot, _termPostings its next free posting slot
        var positionOffset = 0;
        for (var t = 0; t < termCount; t++)
        {
            var count = _termPositions[t];
            _termPositions[t] = positionOffset;
            positionOffset += count;
            _termPostings[t] = offsets[t];
        }
        var arrays = new PostingArrays(_records, _positionCount, _fieldCount > 1);
        var docs = arrays.Docs;
        var fields = arrays.Fields;
        var lengths = arrays.Lengths;
        var starts = arrays.Starts;
        var positions = arrays.Positions;
        _recPositions[_records] = _positionCount;
        _groupFirst[_groups] = _records;
        for (var g = 0; g < _groups; g++)
        {
            var doc = _groupDoc[g];
            var field = _groupField[g];
            var length = _groupLength[g];
            for (var r = _groupFirst[g]; r < _groupFirst[g + 1]; r++)
            {
                var t = _recTerm[r];
                var slot = _termPostings[t]++;
                docs[slot] = doc;
                if (fields is not null)
                {
                    fields[slot] = field;
                }
                lengths[slot] = length;
                var from = _recPositions[r];
                var count = _recPositions[r + 1] - from;
                var to = _termPositions[t];
                starts[slot] = to;
                if (count == 1)
                {
                    positions[to] = _positions[from];
                }
                else
                {
                    _positions.AsSpan(from, count).CopyTo(positions.AsSpan(to));
                }
                _termPositions[t] = to + count;
            }
        }
        starts[_records] = _positionCount;
        _recTerm = _recPositions = _positions = _termPostings = _termPositions = _groupLength = _groupFirst = [];
        _groupDoc = [];
        _groupField = [];
        // give back a large unused part of the term map (entries are moved, not re-hashed)
        if (_postings.EnsureCapacity(0) > _postings.Count + (_postings.Count / 8) + 1024)
        {
            _postings.TrimExcess();
        }
        foreach (var list in _postings.Values)
        {
            var t = list.PendingTermId;
            list.Fill(arrays, offsets[t], offsets[t + 1] - offsets[t]);
        }
        _docTermStarts[_docOrdinal] = _docTermCount;
        _docTermTable.Fill(
            Trim(_docTermStarts, _docOrdinal + 1),
            Trim(_docTermIds, _docTermCount),
            Trim(_terms, termCount)
        );
        return new FullTextIndex(
            _descriptor,
            LayeredMap<string, PostingList>.Of(_postings),
            LayeredMap<long, DocInfo>.Of(_docs),
            null,
            _totals,
            _docCounts
        );
    }
}
