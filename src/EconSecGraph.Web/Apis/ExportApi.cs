using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Export;
using EconSecGraph.Web.Queries;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Apis;

/// <summary>
/// <c>GET|POST /api/export?format=cyjs|graphml|csv|cypher</c>: the whole graph, or the subgraph induced
/// by the given node keys (<c>nodes=</c> in the query, or <c>{"nodes": [...]}</c> as the POST body).
/// </summary>
public static class ExportApi
{
    private static readonly Dictionary<string, string> s_formats = new(StringComparer.Ordinal)
    {
        ["cyjs"] = "cyjs",
        ["graphml"] = "graphml",
        ["csv"] = "csv",
        ["cypher"] = "cypher",
    };

    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/export", GetAsync)
            .WithTags("Export")
            .WithName("Export")
            .WithSummary(
                "The whole graph, or the subgraph of the given node keys, as cyjs, GraphML, CSV (zip) or Cypher."
            )
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapPost("/api/export", PostAsync)
            .WithTags("Export")
            .WithName("ExportSubgraph")
            .WithSummary("Like GET /api/export, with the node keys in the body: {\"nodes\": [...]} (for large views).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    internal static Task<IResult> GetAsync(
        GraphReader reader,
        string? format,
        string? nodes,
        CancellationToken cancellationToken
    ) => ExportAsync(reader, format, RequestArgs.List(nodes, "nodes", 100_000), cancellationToken);

    internal static async Task<IResult> PostAsync(
        HttpRequest request,
        GraphReader reader,
        string? format,
        CancellationToken cancellationToken
    )
    {
        using var body = new StreamReader(request.Body);
        var text = await body.ReadToEndAsync(cancellationToken);
        IReadOnlyList<string> keys = [];
        if (!string.IsNullOrWhiteSpace(text))
        {
            try
            {
                var json = JsonConvert.DeserializeObject<JObject>(text, Json.JsonDefaults.Settings);
                if (json?["format"] is JValue f && format is null)
                {
                    format = f.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                keys = json?["nodes"] is JArray array
                    ? [.. array.Select(t => t.ToString()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)]
                    : [];
            }
            catch (JsonException ex)
            {
                throw new Errors.ApiArgumentException(
                    "body",
                    "The body must be JSON {\"nodes\": [\"key\", …]}: " + ex.Message
                );
            }
        }
        return await ExportAsync(reader, format, keys, cancellationToken);
    }

    private static async Task<IResult> ExportAsync(
        GraphReader reader,
        string? format,
        IReadOnlyList<string> keys,
        CancellationToken cancellationToken
    )
    {
        var kind = RequestArgs.Choice(format, "format", "cyjs", s_formats);
        var graph = await LoadAsync(reader, keys, cancellationToken);
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var (contentType, extension, write) = kind switch
        {
            "graphml" => ("application/graphml+xml", "graphml", (Action<ExportGraph, Stream>)GraphMLWriter.Write),
            "csv" => ("application/zip", "csv.zip", CsvWriter.Write),
            "cypher" => ("text/plain; charset=utf-8", "cypher", CypherScriptWriter.Write),
            _ => ("application/json", "cyjs", CyjsWriter.Write),
        };
        var buffer = new MemoryStream();
        write(graph, buffer);
        buffer.Position = 0;
        return Results.File(buffer, contentType, $"econsecgraph-{stamp}.{extension}");
    }

    /// <summary>Reads the nodes (all, or those with the keys) and the relationships among them.</summary>
    internal static async Task<ExportGraph> LoadAsync(
        GraphReader reader,
        IReadOnlyList<string> keys,
        CancellationToken cancellationToken
    )
    {
        var nodes = new Dictionary<string, CypherNode>(StringComparer.Ordinal);
        void AddNode(Graph.Database.Record r)
        {
            var n = (CypherNode)r["n"];
            nodes.TryAdd(n.ElementId, n);
        }
        var none = new Dictionary<string, CypherValue>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            await reader.StreamAsync(
                "MATCH (n) RETURN n",
                none,
                r =>
                {
                    AddNode(r);
                    return true;
                },
                cancellationToken
            );
        }
        else
        {
            var ids = keys.Where(k => !NodeKeys.IsElementKey(k)).Select(k => (CypherValue)k).ToList();
            var eids = keys.Where(NodeKeys.IsElementKey).Select(k => (CypherValue)NodeKeys.ParameterValue(k)).ToList();
            if (ids.Count > 0)
            {
                await reader.StreamAsync(
                    "MATCH (n:Entity) WHERE n.id IN $ids RETURN n",
                    new Dictionary<string, CypherValue>(StringComparer.Ordinal) { ["ids"] = new CypherList(ids) },
                    r =>
                    {
                        AddNode(r);
                        return true;
                    },
                    cancellationToken
                );
            }
            if (eids.Count > 0)
            {
                await reader.StreamAsync(
                    "MATCH (n) WHERE elementId(n) IN $ids RETURN n",
                    new Dictionary<string, CypherValue>(StringComparer.Ordinal) { ["ids"] = new CypherList(eids) },
                    r =>
                    {
                        AddNode(r);
                        return true;
                    },
                    cancellationToken
                );
            }
        }
        var graph = new ExportGraph();
        var keyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes.Values)
        {
            var key = NodeKeys.Of(node);
            if (!used.Add(key))
            {
                key = NodeKeys.ElementIdPrefix + node.ElementId;
                used.Add(key);
            }
            keyOf[node.ElementId] = key;
            graph.Nodes.Add(new ExportNode(key, Elements.ElementMapper.Caption(node), node.Labels, node.Properties));
        }
        var edgeIds = new HashSet<string>(StringComparer.Ordinal);
        void AddEdge(Graph.Database.Record r)
        {
            var rel = (CypherRelationship)r["r"];
            if (
                !keyOf.TryGetValue(rel.StartNodeElementId, out var start)
                || !keyOf.TryGetValue(rel.EndNodeElementId, out var end)
            )
            {
                return;
            }
            var id = NodeKeys.Of(rel, start, end);
            if (!edgeIds.Add(id))
            {
                id += "|" + rel.ElementId;
                edgeIds.Add(id);
            }
            graph.Edges.Add(new ExportEdge(id, start, end, rel.Type, rel.Properties));
        }
        if (keys.Count == 0)
        {
            await reader.StreamAsync(
                "MATCH ()-[r]->() RETURN r",
                none,
                r =>
                {
                    AddEdge(r);
                    return true;
                },
                cancellationToken
            );
        }
        else if (nodes.Count > 0)
        {
            await reader.StreamAsync(
                "MATCH (a)-[r]->(b) WHERE elementId(a) IN $ids AND elementId(b) IN $ids RETURN r",
                new Dictionary<string, CypherValue>(StringComparer.Ordinal)
                {
                    ["ids"] = new CypherList(nodes.Keys.Select(k => (CypherValue)k)),
                },
                r =>
                {
                    AddEdge(r);
                    return true;
                },
                cancellationToken
            );
        }
        return graph;
    }
}
