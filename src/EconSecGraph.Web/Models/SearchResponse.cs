namespace EconSecGraph.Web.Models;

public sealed record SearchResponse(string Query, string Normalized, IReadOnlyList<SearchHit> Items, bool FullTextUsed);
