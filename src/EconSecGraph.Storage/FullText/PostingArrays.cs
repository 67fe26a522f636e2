namespace EconSecGraph.Storage.FullText;

/// <summary>
/// The parallel arrays behind posting lists (one entry per posting): document, field (null when the
/// index has one property: every field is 0), the field's length in tokens, and where its positions
/// start in <see cref="Positions"/> (with one extra entry closing the last). A bulk-built index keeps
/// every term's postings in one instance; each <see cref="PostingList"/> is a slice.
/// </summary>
internal sealed class PostingArrays
{
    public PostingArrays(int postings, int positions, bool withFields)
    {
        Docs = new long[postings];
        Fields = withFields ? new ushort[postings] : null;
        Lengths = new int[postings];
        Starts = new int[postings + 1];
        Positions = new int[positions];
    }

    public long[] Docs { get; }

    public ushort[]? Fields { get; }

    public int[] Lengths { get; }

    public int[] Starts { get; }

    public int[] Positions { get; }
}
