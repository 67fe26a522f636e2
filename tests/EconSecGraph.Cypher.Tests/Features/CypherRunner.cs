using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Tests.Features;

/// <summary>Runs Cypher on a database and renders rows as Cypher literals (<c>'a' | 1</c>), for compact assertions.</summary>
internal static class CypherRunner
{
    public static async Task<List<string>> RowsAsync(
        IGraphDatabase db,
        string query,
        IReadOnlyDictionary<string, CypherValue>? parameters = null,
        TransactionConfig? config = null
    )
    {
        var (records, _) = await db.QueryAsync(
            new Query(query, parameters ?? new Dictionary<string, CypherValue>(StringComparer.Ordinal)),
            config
        );
        return [.. records.Select(r => string.Join(" | ", r.Values.Select(CypherLiteral.Render)))];
    }

    public static async Task<string> ScalarAsync(IGraphDatabase db, string query) =>
        Assert.Single(await RowsAsync(db, query));

    public static async Task<ResultSummary> SummaryAsync(IGraphDatabase db, string query)
    {
        var (_, summary) = await db.QueryAsync(new Query(query));
        return summary;
    }
}
