namespace EconSecGraph.Storage.FullText;

/// <summary>
/// The distinct terms of every document of one bulk build, in three arrays instead of an array per
/// document: document ordinal → range of <see cref="_ids"/>, term id → term. Filled by the builder
/// when the build ends (documents refer to it by ordinal before that).
/// </summary>
internal sealed class DocTermTable
{
    private int[] _starts = [];
    private int[] _ids = [];
    private string[] _terms = [];

    /// <param name="starts">Per document ordinal, where its term ids start (one extra entry closing the last).</param>
    /// <param name="ids">Term ids, document after document.</param>
    /// <param name="terms">Term id → term.</param>
    public void Fill(int[] starts, int[] ids, string[] terms)
    {
        _starts = starts;
        _ids = ids;
        _terms = terms;
    }

    public int Count(int document) => _starts[document + 1] - _starts[document];

    public string Term(int document, int i) => _terms[_ids[_starts[document] + i]];
}
