using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Elements;
using EconSecGraph.Web.Models;

namespace EconSecGraph.Web.Queries;

/// <summary>Resolves source ids (a node's or relationship's <c>sources</c>) to titles, publishers, dates and URLs.</summary>
public static class SourceQueries
{
    private const string ByIdsCypher = """
        UNWIND $ids AS sid
        MATCH (s:Entity {id: sid})
        OPTIONAL MATCH (s)-[:PUBLISHED_BY]->(p)
        RETURN s, p
        """;

    private const string ReportedInCypher = """
        MATCH (a)-[r:REPORTS|MENTIONS]->(n)
        OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(p)
        RETURN a AS s, p, type(r) AS relation
        LIMIT 200
        """;

    public static async Task<IReadOnlyList<SourceItem>> ByIdsAsync(
        GraphReader reader,
        IReadOnlyList<string> ids,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }
        var records = await reader.ReadAsync(
            ByIdsCypher,
            new Dictionary<string, CypherValue>(StringComparer.Ordinal)
            {
                ["ids"] = new CypherList(ids.Select(i => (CypherValue)i)),
            },
            cancellationToken
        );
        return Order(ToItems(records));
    }

    public static async Task<IReadOnlyList<SourceItem>> ReportedInAsync(
        GraphReader reader,
        string key,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = await reader.ReadAsync(
            NodeKeys.Match(key, "n", "key") + "\n" + ReportedInCypher,
            new Dictionary<string, CypherValue>(StringComparer.Ordinal) { ["key"] = NodeKeys.ParameterValue(key) },
            cancellationToken
        );
        return Order(ToItems(records));
    }

    /// <summary>The ids in a <c>sources</c> property (a list of strings), in order.</summary>
    public static IReadOnlyList<string> IdsIn(IReadOnlyDictionary<string, CypherValue> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return properties.TryGetValue("sources", out var value) && value is CypherList list
            ? [.. list.OfType<CypherString>().Select(s => s.Value)]
            : [];
    }

    private static List<SourceItem> ToItems(IEnumerable<Record> records)
    {
        var items = new List<SourceItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var source = (CypherNode)record["s"];
            var key = NodeKeys.Of(source);
            if (!seen.Add(key))
            {
                continue;
            }
            var publisher = record["p"] as CypherNode;
            var relation =
                record.Keys.Contains("relation", StringComparer.Ordinal) && record["relation"] is CypherString rel
                    ? rel.Value
                    : null;
            items.Add(
                new SourceItem(
                    key,
                    ElementMapper.PrimaryLabel(source),
                    ElementMapper.Caption(source),
                    Text(source, "nameEn"),
                    publisher is null ? null : Text(publisher, "name"),
                    publisher is null ? null : Text(publisher, "nameEn"),
                    Text(source, "date"),
                    HttpUrl(Text(source, "url")),
                    Text(source, "access"),
                    relation
                )
            );
        }
        return items;
    }

    /// <summary>Oldest first, so the evidence reads in the order the story unfolded; undated last.</summary>
    private static List<SourceItem> Order(List<SourceItem> items) =>
        [
            .. items
                .OrderBy(i => i.Date is null)
                .ThenBy(i => i.Date, StringComparer.Ordinal)
                .ThenBy(i => i.Key, StringComparer.Ordinal),
        ];

    /// <summary>Only http(s) URLs become links; anything else (javascript:, data:) is dropped.</summary>
    public static string? HttpUrl(string? url) =>
        url is not null
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (
            string.Equals(uri.Scheme, Uri.UriSchemeHttp, StringComparison.Ordinal)
            || string.Equals(uri.Scheme, Uri.UriSchemeHttps, StringComparison.Ordinal)
        )
            ? url
            : null;

    private static string? Text(CypherNode node, string key) =>
        node.Properties.TryGetValue(key, out var value) && !value.IsNull
            ? value is CypherString s
                ? s.Value
                : value.ToString()
            : null;
}
