namespace EconSecGraph.Web.Models;

/// <param name="Query">The query as given.</param>
/// <param name="Normalized">The query after NFKC and whitespace folding.</param>
/// <param name="Items">Hits, best first.</param>
/// <param name="FullTextUsed">The full-text index answered (false: no index, substring scan only).</param>
/// <param name="SubstringScan">The substring scan over every entity ran (it runs only when it could change the answer).</param>
public sealed record SearchResponse(
    string Query,
    string Normalized,
    IReadOnlyList<SearchHit> Items,
    bool FullTextUsed,
    bool SubstringScan
);
