using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Elements;
using EconSecGraph.Web.Json;
using EconSecGraph.Web.Models;
using EconSecGraph.Web.Queries;

namespace EconSecGraph.Web.Apis;

/// <summary>
/// <c>GET /api/timeline</c>: dated nodes and dated relationships whose date (or period) overlaps
/// [from, to], oldest first. A date known only to the month or year counts as that whole month or year.
/// </summary>
public static class TimelineApi
{
    public const int MaxItems = 20_000;

    private const string NodesCypher = """
        MATCH (n) WHERE n.date IS NOT NULL
        AND (size($labels) = 0 OR any(l IN labels(n) WHERE l IN $labels))
        RETURN n LIMIT $cap
        """;

    private const string RelationshipsCypher = """
        MATCH (a)-[r]->(b) WHERE r.date IS NOT NULL
        RETURN a, r, b LIMIT $cap
        """;

    public static IEndpointRouteBuilder MapTimelineApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/timeline", GetTimelineAsync)
            .WithTags("Timeline")
            .WithName("GetTimeline")
            .WithSummary("Dated events and facts between from and to (YYYY, YYYY-MM or YYYY-MM-DD), oldest first.")
            .Produces<TimelineResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    internal static async Task<IResult> GetTimelineAsync(
        GraphReader reader,
        string? from,
        string? to,
        string? labels,
        CancellationToken cancellationToken
    )
    {
        var start = RequestArgs.Date(from, "from", upperBound: false);
        var end = RequestArgs.Date(to, "to", upperBound: true);
        if (start is { } s && end is { } e && e.End < s.Start)
        {
            throw new Errors.ApiArgumentException("to", $"'to' ({e.Text}) is before 'from' ({s.Text}).");
        }
        var labelList = RequestArgs.List(labels, "labels");
        var parameters = new Dictionary<string, CypherValue>(StringComparer.Ordinal)
        {
            ["labels"] = new CypherList(labelList.Select(l => (CypherValue)l)),
            ["cap"] = MaxItems + 1,
        };
        var items = new List<(PartialDate Date, TimelineItem Item)>();
        var truncated = false;
        var nodeRecords = await reader.ReadAsync(NodesCypher, parameters, cancellationToken);
        truncated |= nodeRecords.Count > MaxItems;
        foreach (var record in nodeRecords.Take(MaxItems))
        {
            var node = (CypherNode)record["n"];
            if (Dated(node.Properties, start, end) is not { } date)
            {
                continue;
            }
            items.Add(
                (
                    date,
                    new TimelineItem(
                        "node",
                        NodeKeys.Of(node),
                        ElementMapper.PrimaryLabel(node),
                        ElementMapper.Caption(node),
                        Text(node.Properties, "nameEn"),
                        date.Text,
                        Text(node.Properties, "datePrecision"),
                        Text(node.Properties, "endDate"),
                        Text(node.Properties, "status")
                    )
                )
            );
        }
        if (labelList.Count == 0)
        {
            var relRecords = await reader.ReadAsync(RelationshipsCypher, parameters, cancellationToken);
            truncated |= relRecords.Count > MaxItems;
            foreach (var record in relRecords.Take(MaxItems))
            {
                var rel = (CypherRelationship)record["r"];
                if (Dated(rel.Properties, start, end) is not { } date)
                {
                    continue;
                }
                var a = (CypherNode)record["a"];
                var b = (CypherNode)record["b"];
                var (aKey, bKey) = (NodeKeys.Of(a), NodeKeys.Of(b));
                items.Add(
                    (
                        date,
                        new TimelineItem(
                            "edge",
                            NodeKeys.Of(rel, aKey, bKey),
                            rel.Type,
                            ElementMapper.Caption(a) + " → " + ElementMapper.Caption(b),
                            null,
                            date.Text,
                            Text(rel.Properties, "datePrecision"),
                            null,
                            Text(rel.Properties, "status"),
                            aKey,
                            bKey,
                            ElementMapper.Caption(a),
                            ElementMapper.Caption(b)
                        )
                    )
                );
            }
        }
        var ordered = items
            .OrderBy(i => i.Date.Start)
            .ThenBy(i => i.Date.End)
            .ThenBy(i => i.Item.Key, StringComparer.Ordinal)
            .Select(i => i.Item)
            .ToList();
        return JsonResults.Ok(new TimelineResponse(start?.Text, end?.Text, ordered.Count, ordered, truncated));
    }

    /// <summary>The node's or relationship's date when its period overlaps [start, end]; null otherwise.</summary>
    internal static PartialDate? Dated(
        IReadOnlyDictionary<string, CypherValue> properties,
        PartialDate? start,
        PartialDate? end
    )
    {
        if (!PartialDate.TryParse(Text(properties, "date"), out var date))
        {
            return null;
        }
        var last = PartialDate.TryParse(Text(properties, "endDate"), out var endDate) ? endDate.End : date.End;
        if (start is { } s && last < s.Start)
        {
            return null;
        }
        if (end is { } e && date.Start > e.End)
        {
            return null;
        }
        return date;
    }

    private static string? Text(IReadOnlyDictionary<string, CypherValue> props, string key) =>
        props.TryGetValue(key, out var value) && !value.IsNull
            ? value is CypherString s
                ? s.Value
                : value.ToString()
            : null;
}
