using System.Diagnostics;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Elements;
using EconSecGraph.Web.Errors;
using EconSecGraph.Web.Json;
using EconSecGraph.Web.Models;
using EconSecGraph.Web.Queries;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Apis;

/// <summary>
/// <c>POST /api/cypher</c>: the console. Read-only unless <c>Explorer:AllowWrites</c>; the per-query
/// timeout and the row cap come from configuration and are reported when hit.
/// </summary>
public static class CypherApi
{
    public const int MaxQueryLength = 100_000;

    /// <summary>Nodes put on the canvas at most from one console result.</summary>
    public const int MaxGraphNodes = 2000;

    /// <summary>Up to this many result nodes, relationships among them are added (Neo4j Browser's "connect result nodes").</summary>
    public const int ConnectLimit = 500;

    public static IEndpointRouteBuilder MapCypherApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/cypher", RunAsync)
            .WithTags("Cypher")
            .WithName("RunCypher")
            .WithSummary("Runs Cypher: columns, typed rows, the graph part as elements, counters, plan, timings.")
            .Accepts<CypherRequest>("application/json")
            .Produces<CypherResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);
        return app;
    }

    internal static async Task<IResult> RunAsync(
        HttpRequest request,
        GraphReader reader,
        CancellationToken cancellationToken
    )
    {
        var body = await ReadBodyAsync(request, cancellationToken);
        var text = body.Query;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ApiArgumentException(
                "query",
                "'query' is empty: write a Cypher query, e.g. MATCH (n:Organization) RETURN n LIMIT 25."
            );
        }
        if (text.Length > MaxQueryLength)
        {
            throw new ApiArgumentException(
                "query",
                $"'query' is {text.Length} characters long; at most {MaxQueryLength} are accepted."
            );
        }
        var parameters = ParameterJson.FromJson(body.Parameters);
        var options = reader.Options;
        var config = new TransactionConfig
        {
            AccessMode = options.AllowWrites ? AccessMode.Write : AccessMode.Read,
            Timeout = options.QueryTimeout,
            Metadata = new Dictionary<string, CypherValue>(StringComparer.Ordinal)
            {
                ["app"] = "EconSecGraph explorer console",
            },
        };
        var stopwatch = Stopwatch.StartNew();
        using var timeout = reader.StartTimeout(cancellationToken);
        var rows = new List<IReadOnlyList<JObject>>();
        var graph = new GraphAccumulator(MaxGraphNodes);
        IReadOnlyList<string> columns;
        ResultSummary summary;
        var truncated = false;
        try
        {
            await using var result = await reader.Database.RunAsync(new Query(text, parameters), config, timeout.Token);
            columns = result.Keys;
            while (await result.NextAsync(timeout.Token) is { } record)
            {
                if (rows.Count >= options.MaxRows)
                {
                    truncated = true;
                    break;
                }
                rows.Add([.. record.Values.Select(Cell)]);
                foreach (var value in record.Values)
                {
                    graph.Add(value);
                }
            }
            summary = await result.ConsumeAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw reader.TimedOut();
        }
        catch (CypherException ex) when (GraphReader.IsTimeout(ex))
        {
            throw new QueryTimeoutException(reader.TimedOut().Message, ex);
        }
        var elapsed = stopwatch.Elapsed.TotalMilliseconds;
        await CompleteGraphAsync(reader, graph, body.Connect, cancellationToken);
        return JsonResults.Ok(
            new CypherResponse(
                columns,
                rows,
                graph.ToElements(),
                SummaryJson.QueryType(summary.QueryType),
                SummaryJson.Counters(summary.Counters),
                summary.Counters.ContainsUpdates,
                summary.Plan is null ? null : SummaryJson.Plan(summary.Plan),
                summary.IsProfile,
                [.. summary.Notifications.Select(SummaryJson.Notification)],
                Math.Round(elapsed, 2),
                summary.ResultAvailableAfter?.TotalMilliseconds,
                rows.Count,
                truncated,
                options.MaxRows,
                graph.Truncated,
                !options.AllowWrites
            )
        );
    }

    private static JObject Cell(CypherValue value) =>
        new() { ["type"] = value.TypeName, ["value"] = CypherJson.ToJson(value) };

    /// <summary>Fetches end nodes of returned relationships, and relationships among returned nodes.</summary>
    private static async Task CompleteGraphAsync(
        GraphReader reader,
        GraphAccumulator graph,
        bool connect,
        CancellationToken cancellationToken
    )
    {
        var missing = graph.MissingEndpoints();
        if (missing.Count > 0)
        {
            var records = await reader.ReadAsync(
                "MATCH (n) WHERE elementId(n) IN $ids RETURN n",
                new Dictionary<string, CypherValue>(StringComparer.Ordinal)
                {
                    ["ids"] = new CypherList(missing.Select(m => (CypherValue)m)),
                },
                cancellationToken
            );
            foreach (var record in records)
            {
                graph.Add(record["n"]);
            }
        }
        if (connect && graph.NodeCount is > 1 and <= ConnectLimit)
        {
            var ids = new CypherList(graph.Nodes.Select(n => (CypherValue)n.ElementId));
            var records = await reader.ReadAsync(
                "MATCH (a)-[r]->(b) WHERE elementId(a) IN $ids AND elementId(b) IN $ids RETURN r LIMIT 5000",
                new Dictionary<string, CypherValue>(StringComparer.Ordinal) { ["ids"] = ids },
                cancellationToken
            );
            foreach (var record in records)
            {
                graph.Add(record["r"]);
            }
        }
    }

    private static async Task<CypherRequest> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new ApiArgumentException(
                "query",
                "The request body is empty: send JSON {\"query\": \"…\", \"parameters\": {…}}."
            );
        }
        try
        {
            return JsonConvert.DeserializeObject<CypherRequest>(json, JsonDefaults.Settings)
                ?? throw new ApiArgumentException("query", "The request body is JSON null; send {\"query\": \"…\"}.");
        }
        catch (JsonException ex)
        {
            throw new ApiArgumentException(
                "body",
                "The request body is not valid JSON {\"query\", \"parameters\"}: " + ex.Message
            );
        }
    }
}
