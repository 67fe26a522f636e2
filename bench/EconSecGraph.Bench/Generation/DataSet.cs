using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using EconSecGraph.Bench.Harness;

namespace EconSecGraph.Bench.Generation;

/// <summary>A generated data folder: nodes.csv, edges.csv, queries.json and writes.json.</summary>
public static class DataSet
{
    /// <summary>Generates the folder's files unless they are already there (same size and seed give the same files).</summary>
    public static void Ensure(string directory, int nodes, int seed)
    {
        if (!File.Exists(Path.Combine(directory, "nodes.csv")) || !File.Exists(Path.Combine(directory, "queries.json")))
        {
            Generate(directory, nodes, seed);
        }
        if (!File.Exists(Path.Combine(directory, WriteSet.FileName)))
        {
            WriteSet.Create(LoadQueries(directory)).Save(directory);
        }
    }

    public static void Generate(string directory, int nodes, int seed)
    {
        var clock = Stopwatch.StartNew();
        var graph = new GraphGenerator(nodes, seed).Generate();
        graph.WriteCsv(directory);
        var queries = QuerySet.Draw(graph, seed);
        File.WriteAllText(
            Path.Combine(directory, "queries.json"),
            JsonSerializer.Serialize(queries, JsonOptions.Indented)
        );
        WriteSet.Create(queries).Save(directory);
        Console.Error.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"generated {graph.NodeCount} nodes, {graph.EdgeCount} edges → {directory} in {clock.Elapsed.TotalSeconds:F1} s"
            )
        );
    }

    public static QuerySet LoadQueries(string directory) =>
        JsonSerializer.Deserialize<QuerySet>(
            File.ReadAllText(Path.Combine(directory, "queries.json")),
            JsonOptions.Indented
        ) ?? throw new InvalidDataException("queries.json is empty");
}
