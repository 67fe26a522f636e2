namespace EconSecGraph.Storage.FullText;

/// <summary>
/// The postings of one term, one entry per (document, field), sorted by document then field, in
/// parallel arrays (no object per posting): the document, the field, the field's length in tokens
/// (the BM25 length norm, stored with the posting so scoring needs no document lookup) and the
/// term's positions in the field. A bulk-built index keeps every term's postings in one set of
/// shared arrays, each list a slice of them (<c>offset</c>, <see cref="Count"/>). Immutable.
/// </summary>
internal sealed class PostingList
{
    private readonly long[] _docs;
    private readonly ushort[] _fields;
    private readonly int[] _lengths;

    // absolute offsets into _positions: posting i's positions are [_starts[_offset + i], _starts[_offset + i + 1])
    private readonly int[] _starts;
    private readonly int[] _positions;
    private readonly int _offset;

    public PostingList(
        long[] docs,
        ushort[] fields,
        int[] lengths,
        int[] starts,
        int[] positions,
        int offset,
        int count
    )
    {
        _docs = docs;
        _fields = fields;
        _lengths = lengths;
        _starts = starts;
        _positions = positions;
        _offset = offset;
        Count = count;
    }

    public int Count { get; }

    public ReadOnlySpan<long> Docs => _docs.AsSpan(_offset, Count);

    public ReadOnlySpan<ushort> Fields => _fields.AsSpan(_offset, Count);

    /// <summary>The length (in tokens) of each posting's field.</summary>
    public ReadOnlySpan<int> Lengths => _lengths.AsSpan(_offset, Count);

    /// <summary>How often the term occurs in posting <paramref name="i"/>'s field.</summary>
    public int Frequency(int i) => _starts[_offset + i + 1] - _starts[_offset + i];

    public ReadOnlySpan<int> PositionsOf(int i) =>
        _positions.AsSpan(_starts[_offset + i], _starts[_offset + i + 1] - _starts[_offset + i]);

    private int PositionCount => _starts[_offset + Count] - _starts[_offset];

    /// <summary>A copy without the postings of <paramref name="removed"/>; null when nothing is left.</summary>
    public PostingList? Without(HashSet<long> removed)
    {
        var docs = Docs;
        var keep = 0;
        var keptPositions = 0;
        for (var i = 0; i < docs.Length; i++)
        {
            if (!removed.Contains(docs[i]))
            {
                keep++;
                keptPositions += Frequency(i);
            }
        }
        if (keep == docs.Length)
        {
            return this;
        }
        if (keep == 0)
        {
            return null;
        }
        var b = new Builder(keep, keptPositions);
        for (var i = 0; i < docs.Length; i++)
        {
            if (!removed.Contains(docs[i]))
            {
                b.Add(this, i);
            }
        }
        return b.Build();
    }

    /// <summary>This list and <paramref name="other"/> (no shared (document, field)) merged in order.</summary>
    public PostingList Merge(PostingList other)
    {
        var b = new Builder(Count + other.Count, PositionCount + other.PositionCount);
        int i = 0,
            j = 0;
        while (i < Count && j < other.Count)
        {
            var c = Docs[i].CompareTo(other.Docs[j]);
            if (c == 0)
            {
                c = Fields[i].CompareTo(other.Fields[j]);
            }
            if (c <= 0)
            {
                b.Add(this, i++);
            }
            else
            {
                b.Add(other, j++);
            }
        }
        while (i < Count)
        {
            b.Add(this, i++);
        }
        while (j < other.Count)
        {
            b.Add(other, j++);
        }
        return b.Build();
    }

    /// <summary>Fills a posting list of known size in order.</summary>
    public sealed class Builder
    {
        private readonly long[] _docs;
        private readonly ushort[] _fields;
        private readonly int[] _lengths;
        private readonly int[] _starts;
        private readonly int[] _positions;
        private int _n;
        private int _p;

        public Builder(int count, int positions)
        {
            _docs = new long[count];
            _fields = new ushort[count];
            _lengths = new int[count];
            _starts = new int[count + 1];
            _positions = new int[positions];
        }

        public void Add(long doc, ushort field, int length, ReadOnlySpan<int> positions)
        {
            _docs[_n] = doc;
            _fields[_n] = field;
            _lengths[_n] = length;
            _starts[_n] = _p;
            positions.CopyTo(_positions.AsSpan(_p));
            _p += positions.Length;
            _n++;
        }

        public void Add(PostingList from, int i) =>
            Add(from.Docs[i], from.Fields[i], from.Lengths[i], from.PositionsOf(i));

        public PostingList Build()
        {
            if (_n != _docs.Length || _p != _positions.Length)
            {
                throw new InvalidOperationException("Posting list builder was not filled to its declared size.");
            }
            _starts[_n] = _p;
            return new PostingList(_docs, _fields, _lengths, _starts, _positions, 0, _n);
        }
    }
}
