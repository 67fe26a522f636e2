using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Elements;
using EconSecGraph.Web.Json;
using EconSecGraph.Web.Queries;

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
            .WithSummary("Up to `limit` nodes and the relationships among them, as Cytoscape.js elements.")
            .Produces<GraphOverview>();
        return app;
    }

    internal static async Task<IResult> GetOverviewAsync(
        GraphReader reader,
        string? limit,
        CancellationToken cancellationToken
    )
    {
        var take = RequestArgs.Int(limit, "limit", 300, 1, MaxOverviewNodes);
        var nodeRecords = await reader.ReadAsync(
            "MATCH (n) RETURN n ORDER BY elementId(n) LIMIT $limit",
            new Dictionary<string, CypherValue>(StringComparer.Ordinal) { ["limit"] = take },
            cancellationToken
        );
        var graph = new GraphAccumulator();
        foreach (var record in nodeRecords)
        {
            graph.Add(record["n"]);
        }
        var ids = new CypherList(graph.Nodes.Select(n => (CypherValue)n.ElementId));
        var relRecords = await reader.ReadAsync(
            "MATCH (a)-[r]->(b) WHERE elementId(a) IN $ids AND elementId(b) IN $ids RETURN r",
            new Dictionary<string, CypherValue>(StringComparer.Ordinal) { ["ids"] = ids },
            cancellationToken
        );
        foreach (var record in relRecords)
        {
            graph.Add(record["r"]);
        }
        return JsonResults.Ok(new GraphOverview(graph.ToElements(), graph.NodeCount, graph.RelationshipCount));
    }
}
