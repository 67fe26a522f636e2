using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Json;
using EconSecGraph.Web.Models;
using EconSecGraph.Web.Queries;

namespace EconSecGraph.Web.Apis;

/// <summary><c>GET /api/search</c>: entities by name, English name or alias, best match first.</summary>
public static partial class SearchApi
{
    public const int MaxLimit = 100;

    /// <summary>Candidates read from each source before ranking.</summary>
    private const int CandidateCap = 200;

    // Two texts per query (with and without a label filter) rather than one with `size($labels) = 0 OR …`:
    // the unfiltered search is the common one and should not pay for the filter on every row.
    private const string FullTextCypher = """
        CALL db.index.fulltext.queryNodes($index, $text) YIELD node, score
        RETURN node, score
        LIMIT $cap
        """;

    private const string FullTextLabelsCypher = """
        CALL db.index.fulltext.queryNodes($index, $text) YIELD node, score
        WHERE any(l IN labels(node) WHERE l IN $labels)
        RETURN node, score
        LIMIT $cap
        """;

    // Substring scan: finds what bigram full-text search cannot (one-character queries, mid-word Latin).
    // It reads every entity, so it only runs when the full-text hits leave room for what it could add.
    private const string ContainsCypher = """
        MATCH (n:Entity)
        WHERE toLower(n.name) CONTAINS $q OR toLower(n.nameEn) CONTAINS $q
              OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS $q)
        RETURN n
        LIMIT $cap
        """;

    private const string ContainsLabelsCypher = """
        MATCH (n:Entity)
        WHERE any(l IN labels(n) WHERE l IN $labels)
          AND (toLower(n.name) CONTAINS $q OR toLower(n.nameEn) CONTAINS $q
               OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS $q))
        RETURN n
        LIMIT $cap
        """;

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", SearchAsync)
            .WithTags("Search")
            .WithName("Search")
            .WithSummary(
                "Entities whose name, English name or alias matches q (Japanese or English, NFKC), best first."
            )
            .Produces<SearchResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    internal static async Task<IResult> SearchAsync(
        GraphReader reader,
        ILoggerFactory loggers,
        string? q,
        string? labels,
        string? limit,
        CancellationToken cancellationToken
    )
    {
        var take = RequestArgs.Int(limit, "limit", 10, 1, MaxLimit);
        var labelList = RequestArgs.List(labels, "labels");
        var normalized = SearchText.Normalize(q);
        if (normalized.Length == 0)
        {
            return JsonResults.Ok(
                new SearchResponse(q ?? string.Empty, normalized, [], FullTextUsed: false, SubstringScan: false)
            );
        }
        if (normalized.Length > 200)
        {
            throw new Errors.ApiArgumentException(
                "q",
                "'q' is longer than 200 characters; search for a name, not a text."
            );
        }
        var labelValue = new CypherList(labelList.Select(l => (CypherValue)l));
        var candidates = new List<(CypherNode, double)>();
        var fullTextUsed = false;
        var hits = (IReadOnlyList<SearchHit>)[];
        // Whole words (and CJK phrases) first; word prefixes (atl*) only when that page has room for them:
        // a prefix term is expanded over the index's whole term dictionary, the costly part of a search.
        var wholeWords = SearchText.LuceneQuery(normalized, prefixes: false);
        if (wholeWords.Length > 0)
        {
            fullTextUsed = await FullTextAsync(
                reader,
                loggers,
                wholeWords,
                labelList,
                labelValue,
                candidates,
                cancellationToken
            );
            hits = SearchRanker.Rank(normalized, candidates, take);
            if (fullTextUsed && SearchText.HasPrefixTerms(normalized) && !PageIsFull(hits, take))
            {
                // the prefix query finds everything the whole-word one did, so its hits replace them
                var withPrefixes = new List<(CypherNode, double)>();
                if (
                    await FullTextAsync(
                        reader,
                        loggers,
                        SearchText.LuceneQuery(normalized),
                        labelList,
                        labelValue,
                        withPrefixes,
                        cancellationToken
                    )
                )
                {
                    candidates = withPrefixes;
                    hits = SearchRanker.Rank(normalized, candidates, take);
                }
            }
        }
        var scan = NeedsScan(normalized, fullTextUsed, hits, take);
        if (scan)
        {
            var scanned = await reader.ReadAsync(
                labelList.Count == 0 ? ContainsCypher : ContainsLabelsCypher,
                new Dictionary<string, CypherValue>(StringComparer.Ordinal)
                {
                    ["q"] = normalized.ToLowerInvariant(),
                    ["labels"] = labelValue,
                    ["cap"] = CandidateCap,
                },
                cancellationToken
            );
            candidates.AddRange(scanned.Select(r => ((CypherNode)r["n"], 0.0)));
            hits = SearchRanker.Rank(normalized, candidates, take);
        }
        return JsonResults.Ok(new SearchResponse(q ?? string.Empty, normalized, hits, fullTextUsed, scan));
    }

    /// <summary>
    /// Whether the substring scan could change the answer. It cannot when the full-text index sees every
    /// substring match itself (CJK terms of two or more characters: the analyzer indexes every bigram),
    /// nor when a full page of hits already beats any match inside a word, the best the scan can add
    /// that the index (whole words, word prefixes) cannot find.
    /// </summary>
    internal static bool NeedsScan(string normalized, bool fullTextUsed, IReadOnlyList<SearchHit> hits, int take)
    {
        if (!fullTextUsed)
        {
            return true;
        }
        if (SearchText.FullTextSeesEverySubstring(normalized))
        {
            return false;
        }
        return !PageIsFull(hits, take);
    }

    /// <summary>A full page of hits, each better than a match inside a word.</summary>
    private static bool PageIsFull(IReadOnlyList<SearchHit> hits, int take) =>
        hits.Count >= take && hits.All(h => h.Score > SearchRanker.MidWordScore);

    /// <summary>Adds the full-text hits to <paramref name="candidates"/>; false when the index cannot answer.</summary>
    private static async Task<bool> FullTextAsync(
        GraphReader reader,
        ILoggerFactory loggers,
        string lucene,
        IReadOnlyList<string> labelList,
        CypherList labelValue,
        List<(CypherNode, double)> candidates,
        CancellationToken cancellationToken
    )
    {
        try
        {
            var records = await reader.ReadAsync(
                labelList.Count == 0 ? FullTextCypher : FullTextLabelsCypher,
                new Dictionary<string, CypherValue>(StringComparer.Ordinal)
                {
                    ["index"] = reader.Options.SearchIndex,
                    ["text"] = lucene,
                    ["labels"] = labelValue,
                    ["cap"] = CandidateCap,
                },
                cancellationToken
            );
            candidates.AddRange(records.Select(r => ((CypherNode)r["node"], ToDouble(r["score"]))));
            return true;
        }
        catch (CypherException ex) when (ex.Classification == ErrorClassification.ClientError)
        {
            // No index (a graph not loaded from graph-seed) or a query the index rejects: the scan still answers.
            LogFullTextUnavailable(loggers.CreateLogger(typeof(SearchApi)), reader.Options.SearchIndex, ex.Message);
            return false;
        }
    }

    private static double ToDouble(CypherValue value) =>
        value switch
        {
            CypherFloat f => f.Value,
            CypherInteger i => i.Value,
            _ => 0,
        };

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Full-text index {Index} unavailable, searching by substring only: {Reason}"
    )]
    private static partial void LogFullTextUnavailable(ILogger logger, string index, string reason);
}
