using System.Diagnostics;
using EconSecGraph.Cypher;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Web.Bench;

/// <summary>
/// Loads a generated graph (nodes.csv, edges.csv from <c>bench generate</c>) into an embedded data folder
/// the app can then open, with the same shape the explorer expects: <c>:Entity:&lt;Label&gt; {id, name}</c>,
/// a uniqueness constraint on id and the <c>entity_search</c> full-text index.
/// </summary>
public static class GraphImporter
{
    private const int Batch = 5000;

    public static async Task ImportAsync(string data, string db)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(db);
        await using var database = EmbeddedGraphDatabase.Open(db);
        // The constraint first, on the empty store: it backs the id lookups of the relationship batches.
        await SchemaAsync(
            database,
            "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
            clock
        );
        var byLabel = new Dictionary<string, List<CypherValue>>(StringComparer.Ordinal);
        var nodes = 0;
        foreach (var line in File.ReadLines(Path.Combine(data, "nodes.csv")).Skip(1))
        {
            var parts = line.Split(',', 3);
            var row = Row(("id", "g-" + parts[0]), ("name", parts[2]));
            (byLabel.TryGetValue(parts[1], out var list) ? list : byLabel[parts[1]] = []).Add(row);
            nodes++;
        }
        foreach (var (label, rows) in byLabel)
        {
            foreach (var chunk in rows.Chunk(Batch))
            {
                await RunAsync(
                    database,
                    $"UNWIND $rows AS r CREATE (:Entity:`{label}` {{id: r.id, name: r.name}})",
                    chunk
                );
            }
        }
        Console.WriteLine($"nodes      {nodes, 10:N0} in {clock.Elapsed.TotalSeconds, 6:F1} s");
        // The full-text index after the nodes: one bulk build instead of an update per batch.
        await SchemaAsync(
            database,
            "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.nameEn, n.aliases] "
                + "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
            clock
        );
        var byType = new Dictionary<string, List<CypherValue>>(StringComparer.Ordinal);
        var edges = 0;
        foreach (var line in File.ReadLines(Path.Combine(data, "edges.csv")).Skip(1))
        {
            var parts = line.Split(',');
            (byType.TryGetValue(parts[2], out var list) ? list : byType[parts[2]] = []).Add(
                Row(("s", "g-" + parts[0]), ("d", "g-" + parts[1]))
            );
            edges++;
        }
        foreach (var (type, rows) in byType)
        {
            foreach (var chunk in rows.Chunk(Batch))
            {
                await RunAsync(
                    database,
                    $"UNWIND $rows AS r MATCH (a:Entity {{id: r.s}}), (b:Entity {{id: r.d}}) CREATE (a)-[:`{type}`]->(b)",
                    chunk
                );
            }
        }
        Console.WriteLine($"edges      {edges, 10:N0} in {clock.Elapsed.TotalSeconds, 6:F1} s (total)");
    }

    private static CypherMap Row(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, CypherValue>(f.Key, f.Value)));

    private static async Task RunAsync(EmbeddedGraphDatabase database, string cypher, CypherValue[] rows) =>
        await database.QueryAsync(
            new Query(
                cypher,
                new Dictionary<string, CypherValue>(StringComparer.Ordinal) { ["rows"] = new CypherList(rows) }
            )
        );

    private static async Task SchemaAsync(EmbeddedGraphDatabase database, string cypher, Stopwatch clock)
    {
        var start = clock.Elapsed;
        await database.QueryAsync(new Query(cypher));
        Console.WriteLine(
            $"schema     {cypher[..cypher.IndexOf(" IF", StringComparison.Ordinal)], -40} {(clock.Elapsed - start).TotalSeconds, 6:F1} s"
        );
    }
}
