using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Json;
using EconSecGraph.Web.Models;
using EconSecGraph.Web.Queries;

namespace EconSecGraph.Web.Apis;

/// <summary><c>GET /api/schema</c>: labels and relationship types with counts, and the property keys in use.</summary>
public static class SchemaApi
{
    public static IEndpointRouteBuilder MapSchemaApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/schema", GetSchemaAsync)
            .WithTags("Schema")
            .WithName("GetSchema")
            .WithSummary("Labels and relationship types with counts, property keys.")
            .Produces<SchemaResponse>();
        return app;
    }

    internal static async Task<IResult> GetSchemaAsync(GraphReader reader, CancellationToken cancellationToken)
    {
        var labels = await NamesAsync(reader, "CALL db.labels() YIELD label RETURN label AS name", cancellationToken);
        var types = await NamesAsync(
            reader,
            "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS name",
            cancellationToken
        );
        var keys = await NamesAsync(
            reader,
            "CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey AS name",
            cancellationToken
        );
        // One count per label and type: both engines answer these from their counts, without a scan.
        var labelCounts = new List<NameCount>();
        foreach (var label in labels)
        {
            labelCounts.Add(
                new NameCount(
                    label,
                    await CountAsync(
                        reader,
                        $"MATCH (n:{CypherNames.Quote(label)}) RETURN count(n) AS c",
                        cancellationToken
                    )
                )
            );
        }
        var typeCounts = new List<NameCount>();
        foreach (var type in types)
        {
            typeCounts.Add(
                new NameCount(
                    type,
                    await CountAsync(
                        reader,
                        $"MATCH ()-[r:{CypherNames.Quote(type)}]->() RETURN count(r) AS c",
                        cancellationToken
                    )
                )
            );
        }
        var nodes = await CountAsync(reader, "MATCH (n) RETURN count(n) AS c", cancellationToken);
        var relationships = await CountAsync(reader, "MATCH ()-[r]->() RETURN count(r) AS c", cancellationToken);
        return JsonResults.Ok(
            new SchemaResponse(
                [
                    .. labelCounts
                        .Where(l => l.Count > 0)
                        .OrderByDescending(l => l.Count)
                        .ThenBy(l => l.Name, StringComparer.Ordinal),
                ],
                [
                    .. typeCounts
                        .Where(t => t.Count > 0)
                        .OrderByDescending(t => t.Count)
                        .ThenBy(t => t.Name, StringComparer.Ordinal),
                ],
                [.. keys.Order(StringComparer.Ordinal)],
                nodes,
                relationships
            )
        );
    }

    private static async Task<List<string>> NamesAsync(
        GraphReader reader,
        string cypher,
        CancellationToken cancellationToken
    )
    {
        var records = await reader.ReadAsync(
            cypher,
            new Dictionary<string, CypherValue>(StringComparer.Ordinal),
            cancellationToken
        );
        return
        [
            .. records
                .Select(r => r["name"])
                .OfType<CypherString>()
                .Select(s => s.Value)
                .Distinct(StringComparer.Ordinal),
        ];
    }

    private static async Task<long> CountAsync(GraphReader reader, string cypher, CancellationToken cancellationToken)
    {
        var records = await reader.ReadAsync(
            cypher,
            new Dictionary<string, CypherValue>(StringComparer.Ordinal),
            cancellationToken
        );
        return records.Count > 0 && records[0]["c"] is CypherInteger i ? i.Value : 0;
    }
}
