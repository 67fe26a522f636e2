using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Elements;
using EconSecGraph.Web.Errors;
using EconSecGraph.Web.Json;
using EconSecGraph.Web.Models;
using EconSecGraph.Web.Queries;
using Newtonsoft.Json;

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
        group
            .MapPost("/subgraph", PostSubgraphAsync)
            .WithName("GetSubgraph")
            .WithSummary("The nodes with the given keys ({\"nodes\": [...]}) and all relationships among them.")
            .Accepts<SubgraphRequest>("application/json")
            .Produces<SubgraphResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    public const int MaxSubgraphNodes = 5000;

    internal static async Task<IResult> PostSubgraphAsync(
        HttpRequest request,
        GraphReader reader,
        CancellationToken cancellationToken
    )
    {
        using var body = new StreamReader(request.Body);
        var text = await body.ReadToEndAsync(cancellationToken);
        SubgraphRequest? parsed;
        try
        {
            parsed = JsonConvert.DeserializeObject<SubgraphRequest>(text, JsonDefaults.Settings);
        }
        catch (JsonException ex)
        {
            throw new ApiArgumentException("nodes", "The body must be JSON {\"nodes\": [\"key\", …]}: " + ex.Message);
        }
        var keys = (parsed?.Nodes ?? [])
            .Where(k => !string.IsNullOrWhiteSpace(k))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (keys.Count > MaxSubgraphNodes)
        {
            throw new ApiArgumentException(
                "nodes",
                $"{keys.Count} nodes asked for; a view holds at most {MaxSubgraphNodes}."
            );
        }
        var graph = new GraphAccumulator();
        var ids = keys.Where(k => !NodeKeys.IsElementKey(k)).Select(k => (CypherValue)k).ToList();
        var eids = keys.Where(NodeKeys.IsElementKey).Select(k => (CypherValue)NodeKeys.ParameterValue(k)).ToList();
        if (ids.Count > 0)
        {
            foreach (
                var record in await reader.ReadAsync(
                    "MATCH (n:Entity) WHERE n.id IN $ids RETURN n",
                    new Dictionary<string, CypherValue>(StringComparer.Ordinal) { ["ids"] = new CypherList(ids) },
                    cancellationToken
                )
            )
            {
                graph.Add(record["n"]);
            }
        }
        if (eids.Count > 0)
        {
            foreach (
                var record in await reader.ReadAsync(
                    "MATCH (n) WHERE elementId(n) IN $ids RETURN n",
                    new Dictionary<string, CypherValue>(StringComparer.Ordinal) { ["ids"] = new CypherList(eids) },
                    cancellationToken
                )
            )
            {
                graph.Add(record["n"]);
            }
        }
        if (graph.NodeCount > 1)
        {
            var all = new CypherList(graph.Nodes.Select(n => (CypherValue)n.ElementId));
            foreach (
                var record in await reader.ReadAsync(
                    "MATCH (a)-[r]->(b) WHERE elementId(a) IN $ids AND elementId(b) IN $ids RETURN r",
                    new Dictionary<string, CypherValue>(StringComparer.Ordinal) { ["ids"] = all },
                    cancellationToken
                )
            )
            {
                graph.Add(record["r"]);
            }
        }
        var elements = graph.ToElements();
        var found = elements
            .Where(e => string.Equals(e.Group, "nodes", StringComparison.Ordinal))
            .Select(e => (string?)e.Data["id"])
            .ToHashSet(StringComparer.Ordinal);
        return JsonResults.Ok(new SubgraphResponse(elements, [.. keys.Where(k => !found.Contains(k))]));
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
