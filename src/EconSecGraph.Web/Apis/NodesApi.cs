using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Elements;
using EconSecGraph.Web.Errors;
using EconSecGraph.Web.Json;
using EconSecGraph.Web.Models;
using EconSecGraph.Web.Queries;

namespace EconSecGraph.Web.Apis;

/// <summary>One node: its details and evidence, and its neighbourhood page by page.</summary>
public static class NodesApi
{
    private const string NodeCypher = "RETURN n";

    // The node and its degree by type and direction in one round trip (a node without relationships
    // yields one group with a null type, skipped when read).
    private const string NodeWithDegreeCypher = """
        OPTIONAL MATCH (n)-[r]-()
        WITH n, type(r) AS type, startNode(r) = n AS outgoing, count(r) AS count
        RETURN n, collect({type: type, outgoing: outgoing, count: count}) AS degree
        """;

    private static readonly Dictionary<string, string> s_directions = new(StringComparer.Ordinal)
    {
        ["both"] = "both",
        ["out"] = "out",
        ["in"] = "in",
    };

    public static IEndpointRouteBuilder MapNodesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Nodes");
        group
            .MapGet("/nodes/{id}", GetNodeAsync)
            .WithName("GetNode")
            .WithSummary("Properties, both names, aliases, degree by relationship type, and the node's sources.")
            .Produces<NodeDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group
            .MapGet("/nodes/{id}/neighbors", GetNeighborsAsync)
            .WithName("GetNeighbors")
            .WithSummary("A page of the node's neighbours as Cytoscape.js elements, with the total count.")
            .Produces<NeighborsResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group
            .MapGet("/sources", GetSourcesAsync)
            .WithName("GetSources")
            .WithSummary("Titles, publishers, dates and URLs of source ids (a relationship's evidence).")
            .Produces<IReadOnlyList<SourceItem>>();
        return app;
    }

    internal static async Task<IResult> GetNodeAsync(GraphReader reader, string id, CancellationToken cancellationToken)
    {
        var key = NodeKeys.Validate(id, "id");
        var (node, degree) = await FindWithDegreeAsync(reader, key, cancellationToken);
        var sources = await SourceQueries.ByIdsAsync(reader, SourceQueries.IdsIn(node.Properties), cancellationToken);
        var sourceKeys = sources.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var reported = (await SourceQueries.ReportedInAsync(reader, key, cancellationToken))
            .Where(s => !sourceKeys.Contains(s.Key))
            .ToList();
        var props = node.Properties;
        return JsonResults.Ok(
            new NodeDetails(
                NodeKeys.Of(node),
                ElementMapper.Node(node),
                node.Labels,
                ElementMapper.Caption(node),
                Text(props, "nameEn"),
                props.TryGetValue("aliases", out var aliases) && aliases is CypherList list
                    ? [.. list.Select(a => a is CypherString s ? s.Value : a.ToString())]
                    : [],
                Text(props, "description"),
                Text(props, "descriptionEn"),
                CypherJson.ToJson(props),
                degree,
                sources,
                reported
            )
        );
    }

    internal static async Task<IResult> GetNeighborsAsync(
        GraphReader reader,
        string id,
        string? types,
        string? direction,
        string? limit,
        string? skip,
        CancellationToken cancellationToken
    )
    {
        var key = NodeKeys.Validate(id, "id");
        var typeList = RequestArgs.List(types, "types");
        var dir = RequestArgs.Choice(direction, "direction", "both", s_directions);
        var take = RequestArgs.Int(limit, "limit", 50, 1, reader.Options.MaxNeighbors);
        var offset = RequestArgs.Int(skip, "skip", 0, 0, int.MaxValue);
        var (center, degree) = await FindWithDegreeAsync(reader, key, cancellationToken);
        var total = degree
            .ByType.Where(t => typeList.Count == 0 || typeList.Contains(t.Type, StringComparer.Ordinal))
            .Where(t =>
                string.Equals(dir, "both", StringComparison.Ordinal)
                || string.Equals(t.Direction, dir, StringComparison.Ordinal)
            )
            .Sum(t => t.Count);
        var pattern = dir switch
        {
            "out" => "(n)-[r]->(m)",
            "in" => "(n)<-[r]-(m)",
            _ => "(n)-[r]-(m)",
        };
        var records = await reader.ReadAsync(
            NodeKeys.Match(key, "n", "key")
                + $"""

                MATCH {pattern}
                WHERE size($types) = 0 OR type(r) IN $types
                RETURN r, m
                ORDER BY type(r), coalesce(m.name, m.nameEn, ''), elementId(r)
                SKIP $skip LIMIT $limit
                """,
            new Dictionary<string, CypherValue>(StringComparer.Ordinal)
            {
                ["key"] = NodeKeys.ParameterValue(key),
                ["types"] = new CypherList(typeList.Select(t => (CypherValue)t)),
                ["skip"] = offset,
                ["limit"] = take,
            },
            cancellationToken
        );
        var graph = new GraphAccumulator();
        graph.Add(center);
        foreach (var record in records)
        {
            graph.Add(record["m"]);
            graph.Add(record["r"]);
        }
        return JsonResults.Ok(
            new NeighborsResponse(
                NodeKeys.Of(center),
                total,
                records.Count,
                offset,
                take,
                typeList,
                dir,
                degree.ByType,
                graph.ToElements()
            )
        );
    }

    internal static async Task<IResult> GetSourcesAsync(
        GraphReader reader,
        string? ids,
        CancellationToken cancellationToken
    )
    {
        var list = RequestArgs.List(ids, "ids", 500);
        return JsonResults.Ok(await SourceQueries.ByIdsAsync(reader, list, cancellationToken));
    }

    internal static async Task<CypherNode> FindAsync(
        GraphReader reader,
        string key,
        CancellationToken cancellationToken
    )
    {
        var records = await reader.ReadAsync(
            NodeKeys.Match(key, "n", "key") + "\n" + NodeCypher,
            new Dictionary<string, CypherValue>(StringComparer.Ordinal) { ["key"] = NodeKeys.ParameterValue(key) },
            cancellationToken
        );
        return records.Count > 0 ? (CypherNode)records[0]["n"] : throw NotFound(key);
    }

    internal static async Task<(CypherNode Node, DegreeSummary Degree)> FindWithDegreeAsync(
        GraphReader reader,
        string key,
        CancellationToken cancellationToken
    )
    {
        var records = await reader.ReadAsync(
            NodeKeys.Match(key, "n", "key") + "\n" + NodeWithDegreeCypher,
            new Dictionary<string, CypherValue>(StringComparer.Ordinal) { ["key"] = NodeKeys.ParameterValue(key) },
            cancellationToken
        );
        if (records.Count == 0)
        {
            throw NotFound(key);
        }
        var byType = ((CypherList)records[0]["degree"])
            .OfType<CypherMap>()
            .Where(m => m.GetOrNull("type") is CypherString)
            .Select(m => new TypeCount(
                ((CypherString)m["type"]).Value,
                m["outgoing"] is CypherBoolean { Value: true } ? "out" : "in",
                ((CypherInteger)m["count"]).Value
            ))
            .OrderBy(t => t.Type, StringComparer.Ordinal)
            .ThenBy(t => t.Direction, StringComparer.Ordinal)
            .ToList();
        return ((CypherNode)records[0]["n"], new DegreeSummary(byType.Sum(t => t.Count), byType));
    }

    internal static ApiNotFoundException NotFound(string key) =>
        new($"No entity has the id '{key}'. Search for it by name with /api/search?q=….");

    private static string? Text(IReadOnlyDictionary<string, CypherValue> props, string key) =>
        props.TryGetValue(key, out var value) && !value.IsNull
            ? value is CypherString s
                ? s.Value
                : value.ToString()
            : null;
}
