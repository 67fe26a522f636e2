namespace EconSecGraph.Storage.FullText;

/// <summary>A parsed full-text query node (Lucene classic query syntax subset).</summary>
internal sealed class FtQuery
{
    public enum QueryKind
    {
        Term,
        Phrase,
        Wildcard,
        Fuzzy,
        Boolean,
    }

    public enum Occur
    {
        Should,
        Must,
        MustNot,
    }

    public required QueryKind Kind { get; init; }

    /// <summary>The field (property name) or null for all fields of the index.</summary>
    public string? Field { get; init; }

    /// <summary>Term text, phrase text or wildcard pattern.</summary>
    public string Text { get; init; } = string.Empty;

    public int MaxEdits { get; init; }

    public double Boost { get; set; } = 1.0;

    public List<(Occur Occur, FtQuery Query)> Clauses { get; } = [];
}
