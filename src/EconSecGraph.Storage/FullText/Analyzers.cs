namespace EconSecGraph.Storage.FullText;

/// <summary>The full-text analyzers this store offers (a subset of Neo4j 5's, same names and meaning).</summary>
public static class Analyzers
{
    /// <summary>Neo4j's default analyzer (<c>db.index.fulltext.default_analyzer</c>).</summary>
    public const string DefaultName = "standard-no-stop-words";

    /// <summary>Lucene's English stop words (used by <c>standard</c> and <c>english</c>).</summary>
    private static readonly string[] s_english =
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "for",
        "if",
        "in",
        "into",
        "is",
        "it",
        "no",
        "not",
        "of",
        "on",
        "or",
        "such",
        "that",
        "the",
        "their",
        "then",
        "there",
        "these",
        "they",
        "this",
        "to",
        "was",
        "will",
        "with",
    ];

    /// <summary>Lucene's CJKAnalyzer stop words.</summary>
    private static readonly string[] s_cjk =
    [
        "a",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "for",
        "if",
        "in",
        "into",
        "is",
        "it",
        "no",
        "not",
        "of",
        "on",
        "or",
        "s",
        "such",
        "t",
        "that",
        "the",
        "their",
        "then",
        "there",
        "these",
        "they",
        "this",
        "to",
        "was",
        "will",
        "with",
        "www",
    ];

    private static readonly Analyzer[] s_all =
    [
        new(
            "standard-no-stop-words",
            "The standard analyzer, but without any stop words.",
            Analyzer.Tokenization.Standard,
            lowercase: true,
            []
        ),
        new(
            "standard",
            "The standard analyzer. Tokenizes on non-letter and filters out English stop words and punctuation. Does no stemming, but takes care to keep likely product names, URLs and email addresses as single terms.",
            Analyzer.Tokenization.Standard,
            lowercase: true,
            s_english
        ),
        new(
            "cjk",
            "CJK - Chinese/Japanese/Korean - analyzer. Terms are normalised and case-folded. Produces bi-grams, and filters out stop words.",
            Analyzer.Tokenization.Standard,
            lowercase: true,
            s_cjk,
            widthFold: true,
            bigrams: true
        ),
        new(
            "english",
            "English analyzer with stemming and stop word filtering.",
            Analyzer.Tokenization.Standard,
            lowercase: true,
            s_english,
            stem: true
        ),
        new(
            "simple",
            "A simple analyzer that tokenizes at non-letter characters.",
            Analyzer.Tokenization.Letter,
            lowercase: true,
            []
        ),
        new(
            "whitespace",
            "Breaks text into terms by characters that are considered whitespace.",
            Analyzer.Tokenization.Whitespace,
            lowercase: false,
            []
        ),
        new(
            "keyword",
            "Keyword analyzer \"tokenizes\" the text as a single term. Useful for zip-codes, ids, etc. Situations where complete and exact matches are desired.",
            Analyzer.Tokenization.Keyword,
            lowercase: false,
            []
        ),
    ];

    /// <summary>What <c>db.index.fulltext.listAvailableAnalyzers()</c> returns: name, description, stop words.</summary>
    public static IReadOnlyList<AnalyzerInfo> All { get; } =
    [.. s_all.Select(a => new AnalyzerInfo(a.Name, a.Description, a.StopWords))];

    internal static Analyzer? Get(string name) =>
        Array.Find(s_all, a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The terms <paramref name="analyzer"/> makes of <paramref name="text"/> (for tests and diagnostics).</summary>
    public static IReadOnlyList<string> Analyze(string analyzer, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var a = Get(analyzer) ?? throw new ArgumentException($"Unknown analyzer '{analyzer}'.", nameof(analyzer));
        var tokens = new List<Token>();
        a.Analyze(text, tokens);
        return [.. tokens.Select(t => t.Term)];
    }
}
