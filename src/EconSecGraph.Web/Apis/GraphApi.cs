using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Elements;
using EconSecGraph.Web.Json;

namespace EconSecGraph.Web.Apis;

/// <summary>Whole-graph views: an overview of the graph for the first screen.</summary>
public static class GraphApi
{
    public const int MaxOverviewNodes = 2000;

    public static IEndpointRouteBuilder MapGraphApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/graph").WithTags("Graph");
        group
            .MapGet("/overview", GetOverviewAsync)
            .WithName("GetOverview")
            .WithSummary("Up to `limit` nodes and the relationships among them, as Cytoscape.js elements.");
        return app;
    }

    internal static async Task<IResult> GetOverviewAsync(IGraphDatabase db, int? limit, CancellationToken cancellationToken)
    {
        var take = Math.Clamp(limit ?? 300, 1, MaxOverviewNodes);
        var read = TransactionConfig.ReadOnly;
        var (nodeRecords, _) = await db.QueryAsync(
            new Query("MATCH (n) RETURN n ORDER BY elementId(n) LIMIT $limit", new Dictionary<string, CypherValue> { ["limit"] = take }),
            read,
            cancellationToken
        );
        var nodes = nodeRecords.Select(r => (CypherNode)r["n"]).ToList();
        var ids = CypherList.Wrap([.. nodes.Select(n => (CypherValue)n.ElementId)]);
        var (relRecords, _) = await db.QueryAsync(
            new Query(
                "MATCH (a)-[r]->(b) WHERE elementId(a) IN $ids AND elementId(b) IN $ids RETURN r",
                new Dictionary<string, CypherValue> { ["ids"] = ids }
            ),
            read,
            cancellationToken
        );
        var elements = nodes.Select(ElementMapper.Node).Concat(relRecords.Select(r => ElementMapper.Edge((CypherRelationship)r["r"])));
        return Json.Json.Ok(new GraphOverview([.. elements], nodes.Count, relRecords.Count));
    }
}
