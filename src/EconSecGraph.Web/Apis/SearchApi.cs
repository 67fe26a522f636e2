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

    private const string FullTextCypher = """
        CALL db.index.fulltext.queryNodes($index, $text) YIELD node, score
        WHERE size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels)
        RETURN node, score
        LIMIT $cap
        """;

    // Substring scan: finds what bigram full-text search cannot (one-character queries, mid-word Latin).
    private const string ContainsCypher = """
        MATCH (n:Entity)
        WHERE (size($labels) = 0 OR any(l IN labels(n) WHERE l IN $labels))
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
            return JsonResults.Ok(new SearchResponse(q ?? string.Empty, normalized, [], FullTextUsed: false));
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
        var lucene = SearchText.LuceneQuery(normalized);
        if (lucene.Length > 0)
        {
            try
            {
                var records = await reader.ReadAsync(
                    FullTextCypher,
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
                fullTextUsed = true;
            }
            catch (CypherException ex) when (ex.Classification == ErrorClassification.ClientError)
            {
                // No index (a graph not loaded from graph-seed) or a query the index rejects: the scan still answers.
                LogFullTextUnavailable(loggers.CreateLogger(typeof(SearchApi)), reader.Options.SearchIndex, ex.Message);
            }
        }
        var scanned = await reader.ReadAsync(
            ContainsCypher,
            new Dictionary<string, CypherValue>(StringComparer.Ordinal)
            {
                ["q"] = normalized.ToLowerInvariant(),
                ["labels"] = labelValue,
                ["cap"] = CandidateCap,
            },
            cancellationToken
        );
        candidates.AddRange(scanned.Select(r => ((CypherNode)r["n"], 0.0)));
        var hits = SearchRanker.Rank(normalized, candidates, take);
        return JsonResults.Ok(new SearchResponse(q ?? string.Empty, normalized, hits, fullTextUsed));
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
