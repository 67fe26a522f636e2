namespace EconSecGraph.Storage.FullText;

/// <summary>
/// One indexed entity: tokens per field (for BM25 length norms) and its distinct terms (for removal),
/// either as an array or as an entry of a bulk build's shared <see cref="DocTermTable"/> (no object
/// per document). A value.
/// </summary>
internal readonly struct DocInfo
{
    private readonly DocTermTable? _table;
    private readonly string[]? _terms;
    private readonly int _ordinal;

    public DocInfo(int[] fieldLengths, string[] terms)
    {
        FieldLengths = fieldLengths;
        _terms = terms;
    }

    public DocInfo(int[] fieldLengths, DocTermTable table, int ordinal)
    {
        FieldLengths = fieldLengths;
        _table = table;
        _ordinal = ordinal;
    }

    public int[] FieldLengths { get; }

    /// <summary>The entity's distinct terms (each string shared with the index's term map).</summary>
    public IReadOnlyList<string> Terms
    {
        get
        {
            if (_table is null)
            {
                return _terms ?? [];
            }
            var terms = new string[_table.Count(_ordinal)];
            for (var i = 0; i < terms.Length; i++)
            {
                terms[i] = _table.Term(_ordinal, i);
            }
            return terms;
        }
    }
}
