namespace EconSecGraph.Storage.FullText;

/// <summary>
/// The postings of one term, one entry per (document, field), sorted by document then field, as a
/// slice (<c>offset</c>, <see cref="Count"/>) of shared <see cref="PostingArrays"/> (no object per
/// posting): the document, the field, the field's length in tokens (the BM25 length norm, stored
/// with the posting so scoring needs no document lookup) and the term's positions in the field.
/// Immutable once filled (the bulk builder makes each list when it first sees the term and fills
/// it at the end, before the index is published).
/// </summary>
internal sealed class PostingList
{
    private PostingArrays? _arrays;
    private int _offset;

    public PostingList(PostingArrays arrays, int offset, int count)
    {
        _arrays = arrays;
        _offset = offset;
        Count = count;
    }

    private PostingList(int termId)
    {
        _offset = termId;
    }

    /// <summary>A list for the bulk builder to fill later; until then it holds the builder's id for its term.</summary>
    internal static PostingList Pending(int termId) => new(termId);

    internal int PendingTermId =>
        _arrays is null ? _offset : throw new InvalidOperationException("This posting list is already filled.");

    internal void Fill(PostingArrays arrays, int offset, int count)
    {
        if (_arrays is not null)
        {
            throw new InvalidOperationException("This posting list is already filled.");
        }
        _arrays = arrays;
        _offset = offset;
        Count = count;
    }

    private PostingArrays _a => _arrays!;

    public int Count { get; private set; }

    public ReadOnlySpan<long> Docs => _a.Docs.AsSpan(_offset, Count);

    /// <summary>False when every posting is in field 0 (an index of one property stores no fields).</summary>
    public bool HasFields => _a.Fields is not null;

    /// <summary>The fields of the postings; only when <see cref="HasFields"/> (else use <see cref="Field"/>).</summary>
    public ReadOnlySpan<ushort> Fields =>
        _a.Fields is { } fields
            ? fields.AsSpan(_offset, Count)
            : throw new InvalidOperationException("This posting list stores no fields (one-property index).");

    public ushort Field(int i) => _a.Fields is { } fields ? fields[_offset + i] : (ushort)0;

    /// <summary>The length (in tokens) of each posting's field.</summary>
    public ReadOnlySpan<int> Lengths => _a.Lengths.AsSpan(_offset, Count);

    /// <summary>How often the term occurs in posting <paramref name="i"/>'s field.</summary>
    public int Frequency(int i) => _a.Starts[_offset + i + 1] - _a.Starts[_offset + i];

    public ReadOnlySpan<int> PositionsOf(int i) =>
        _a.Positions.AsSpan(_a.Starts[_offset + i], _a.Starts[_offset + i + 1] - _a.Starts[_offset + i]);

    private int PositionCount => _a.Starts[_offset + Count] - _a.Starts[_offset];

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
        var b = new Builder(keep, keptPositions, HasFields);
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
        var b = new Builder(Count + other.Count, PositionCount + other.PositionCount, HasFields || other.HasFields);
        int i = 0,
            j = 0;
        while (i < Count && j < other.Count)
        {
            var c = Docs[i].CompareTo(other.Docs[j]);
            if (c == 0)
            {
                c = Field(i).CompareTo(other.Field(j));
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
        private readonly PostingArrays _a;
        private int _n;
        private int _p;

        public Builder(int count, int positions, bool withFields)
        {
            _a = new PostingArrays(count, positions, withFields);
        }

        public void Add(long doc, ushort field, int length, ReadOnlySpan<int> positions)
        {
            _a.Docs[_n] = doc;
            if (_a.Fields is { } fields)
            {
                fields[_n] = field;
            }
            else if (field != 0)
            {
                throw new InvalidOperationException("A posting list without fields holds field 0 only.");
            }
            _a.Lengths[_n] = length;
            _a.Starts[_n] = _p;
            positions.CopyTo(_a.Positions.AsSpan(_p));
            _p += positions.Length;
            _n++;
        }

        public void Add(PostingList from, int i) =>
            Add(from.Docs[i], from.Field(i), from.Lengths[i], from.PositionsOf(i));

        public PostingList Build()
        {
            if (_n != _a.Docs.Length || _p != _a.Positions.Length)
            {
                throw new InvalidOperationException("Posting list builder was not filled to its declared size.");
            }
            _a.Starts[_n] = _p;
            return new PostingList(_a, 0, _n);
        }
    }
}
