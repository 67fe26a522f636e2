using System.Globalization;
using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Elements;
using EconSecGraph.Web.Errors;
using EconSecGraph.Web.Json;
using EconSecGraph.Web.Models;
using EconSecGraph.Web.Queries;

namespace EconSecGraph.Web.Apis;

/// <summary>
/// <c>GET /api/paths</c>: the shortest path, all shortest paths, or the k shortest simple paths between
/// two entities, over chosen relationship types (direction ignored: influence runs both ways).
/// </summary>
public static class PathsApi
{
    public const int MaxAllShortest = 100;
    public const int MaxK = 50;

    private static readonly Dictionary<string, string> s_modes = new(StringComparer.Ordinal)
    {
        ["shortest"] = "shortest",
        ["allShortest"] = "allShortest",
        ["k"] = "k",
    };

    public static IEndpointRouteBuilder MapPathsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/paths", GetPathsAsync)
            .WithTags("Paths")
            .WithName("GetPaths")
            .WithSummary("Paths between two entities (shortest, allShortest or k shortest simple paths) as elements.")
            .Produces<PathsResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    internal static async Task<IResult> GetPathsAsync(
        GraphReader reader,
        string? from,
        string? to,
        string? mode,
        string? k,
        string? maxLength,
        string? types,
        CancellationToken cancellationToken
    )
    {
        var fromKey = NodeKeys.Validate(from, "from");
        var toKey = NodeKeys.Validate(to, "to");
        if (string.Equals(fromKey, toKey, StringComparison.Ordinal))
        {
            throw new ApiArgumentException("to", "'from' and 'to' are the same entity; pick two different ones.");
        }
        var pathMode = RequestArgs.Choice(mode, "mode", "shortest", s_modes);
        var count = RequestArgs.Int(k, "k", 5, 1, MaxK);
        var isK = string.Equals(pathMode, "k", StringComparison.Ordinal);
        var max = RequestArgs.Int(maxLength, "maxLength", isK ? 4 : 6, 1, isK ? 8 : 15);
        var typeList = RequestArgs.List(types, "types");
        var rel = CypherNames.TypeAlternatives(typeList);
        var ends = NodeKeys.Match(fromKey, "a", "from") + "\n" + NodeKeys.Match(toKey, "b", "to");
        var parameters = new Dictionary<string, CypherValue>(StringComparer.Ordinal)
        {
            ["from"] = NodeKeys.ParameterValue(fromKey),
            ["to"] = NodeKeys.ParameterValue(toKey),
        };
        var paths = new List<CypherPath>();
        var truncated = false;
        switch (pathMode)
        {
            case "shortest":
                paths.AddRange(
                    await ReadPathsAsync(
                        reader,
                        ends + $"\nMATCH p = shortestPath((a)-[{rel}*..{max}]-(b))\nRETURN p",
                        parameters,
                        cancellationToken
                    )
                );
                break;
            case "allShortest":
                var all = await ReadPathsAsync(
                    reader,
                    ends
                        + $"\nMATCH p = allShortestPaths((a)-[{rel}*..{max}]-(b))\nRETURN p LIMIT {MaxAllShortest + 1}",
                    parameters,
                    cancellationToken
                );
                truncated = all.Count > MaxAllShortest;
                paths.AddRange(all.Take(MaxAllShortest));
                break;
            default:
                (var kPaths, truncated) = await KShortestAsync(
                    reader,
                    ends,
                    rel,
                    max,
                    count,
                    parameters,
                    cancellationToken
                );
                paths.AddRange(kPaths);
                break;
        }
        if (paths.Count == 0)
        {
            // Both ends must exist: a clear 404 beats an empty answer. Checked only now, as a path proves both.
            await EnsureBothExistAsync(reader, fromKey, toKey, parameters, cancellationToken);
        }
        var graph = new GraphAccumulator();
        foreach (var path in paths)
        {
            graph.Add(path);
        }
        var elements = graph.ToElements();
        var items = paths
            .Select(p => new PathItem(
                p.Length,
                [.. p.Nodes.Select(n => graph.Keys[n.ElementId])],
                [.. p.Relationships.Select(r => graph.Keys[r.ElementId])]
            ))
            .ToList();
        return JsonResults.Ok(new PathsResponse(fromKey, toKey, pathMode, max, typeList, items, elements, truncated));
    }

    private static async Task EnsureBothExistAsync(
        GraphReader reader,
        string fromKey,
        string toKey,
        Dictionary<string, CypherValue> parameters,
        CancellationToken cancellationToken
    )
    {
        var records = await reader.ReadAsync(
            "OPTIONAL "
                + NodeKeys.Match(fromKey, "a", "from")
                + "\nOPTIONAL "
                + NodeKeys.Match(toKey, "b", "to")
                + "\nRETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound LIMIT 1",
            parameters,
            cancellationToken
        );
        if (records.Count == 0 || records[0]["fromFound"] is not CypherBoolean { Value: true })
        {
            throw NodesApi.NotFound(fromKey);
        }
        if (records[0]["toFound"] is not CypherBoolean { Value: true })
        {
            throw NodesApi.NotFound(toKey);
        }
    }

    /// <summary>
    /// k shortest simple paths by iterative deepening: paths of exactly the shortest length first, then
    /// one longer, until k are found or <paramref name="max"/> is reached. Each round is a plain
    /// variable-length MATCH (portable Cypher); paths that revisit a node are dropped here.
    /// </summary>
    private static async Task<(List<CypherPath> Paths, bool Truncated)> KShortestAsync(
        GraphReader reader,
        string ends,
        string rel,
        int max,
        int k,
        Dictionary<string, CypherValue> parameters,
        CancellationToken cancellationToken
    )
    {
        var shortest = await ReadPathsAsync(
            reader,
            ends + $"\nMATCH p = shortestPath((a)-[{rel}*..{max}]-(b))\nRETURN p",
            parameters,
            cancellationToken
        );
        var found = new List<CypherPath>();
        if (shortest.Count == 0)
        {
            return (found, false);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var length = shortest[0].Length; length <= max && found.Count < k; length++)
        {
            var want = k - found.Count;
            var fetch = (want * 4) + 10;
            var cypher =
                ends
                + string.Create(
                    CultureInfo.InvariantCulture,
                    $"\nMATCH p = (a)-[{rel}*{length}..{length}]-(b)\nRETURN p LIMIT {fetch}"
                );
            foreach (var path in await ReadPathsAsync(reader, cypher, parameters, cancellationToken))
            {
                if (found.Count >= k)
                {
                    return (found, true);
                }
                var signature = string.Join(",", path.Relationships.Select(r => r.ElementId));
                if (IsSimple(path) && seen.Add(signature))
                {
                    found.Add(path);
                }
            }
        }
        return (found, false);
    }

    private static bool IsSimple(CypherPath path)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        return path.Nodes.All(n => ids.Add(n.ElementId));
    }

    private static async Task<List<CypherPath>> ReadPathsAsync(
        GraphReader reader,
        string cypher,
        Dictionary<string, CypherValue> parameters,
        CancellationToken cancellationToken
    )
    {
        var records = await reader.ReadAsync(cypher, parameters, cancellationToken);
        return [.. records.Select(r => r["p"]).OfType<CypherPath>()];
    }
}
