using System.Diagnostics;
using System.Globalization;
using EconSecGraph.Bench.Baseline;
using EconSecGraph.Bench.Generation;
using EconSecGraph.Bench.Harness;

// bench: generate | baseline — see bench/README.md
var command = args.Length > 0 ? args[0] : "help";
switch (command)
{
    case "generate":
    {
        var nodes = int.Parse(Option("--nodes", "10000"), CultureInfo.InvariantCulture);
        var seed = int.Parse(Option("--seed", "42"), CultureInfo.InvariantCulture);
        var output = Option("--out", Path.Combine("bench", "data", nodes.ToString(CultureInfo.InvariantCulture)));
        var clock = Stopwatch.StartNew();
        var graph = new GraphGenerator(nodes, seed).Generate();
        graph.WriteCsv(output);
        var queries = QuerySet.Draw(graph, seed);
        File.WriteAllText(
            Path.Combine(output, "queries.json"),
            System.Text.Json.JsonSerializer.Serialize(queries, JsonOptions.Indented)
        );
        Console.WriteLine(
            $"{graph.NodeCount} nodes, {graph.EdgeCount} edges → {output} in {clock.Elapsed.TotalSeconds:F1} s"
        );
        return 0;
    }
    case "baseline":
    {
        var data = Option("--data", Path.Combine("bench", "data", "10000"));
        var clock = Stopwatch.StartNew();
        var graph = ArrayGraph.Load(data);
        var queries = new BaselineQueries(graph);
        queries.PrepareFullText();
        var load = clock.Elapsed.TotalMilliseconds;
        var set =
            System.Text.Json.JsonSerializer.Deserialize<QuerySet>(
                File.ReadAllText(Path.Combine(data, "queries.json")),
                JsonOptions.Indented
            ) ?? throw new InvalidDataException("queries.json is empty");
        var nodeIds = set.Nodes.Select(n => n.Id).ToList();
        void Report(string op, double[] samples) =>
            Console.WriteLine(
                $"{op, -28} median {Measure.Percentile(samples, 0.5), 10:F1} µs   p90 {Measure.Percentile(samples, 0.9), 10:F1} µs"
            );
        Console.WriteLine($"load (CSV → queryable)       {load, 10:F0} ms");
        Report("hop1 count distinct", Measure.Samples(nodeIds, n => queries.Hop1Distinct(n)));
        Report("hop2 count distinct", Measure.Samples(nodeIds, n => queries.Hop2Distinct(n)));
        Report("hop1 rows", Measure.Samples(nodeIds, n => queries.Hop1Rows(n)));
        Report("neighbours by label", Measure.Samples(nodeIds, n => queries.NeighbourLabels(n)));
        Report("shortest path length", Measure.Samples(set.Pairs, p => queries.ShortestPathLength(p.From.Id, p.To.Id)));
        Report("shortest path nodes", Measure.Samples(set.Pairs, p => queries.ShortestPath(p.From.Id, p.To.Id)));
        Report(
            "all shortest paths count",
            Measure.Samples(set.Pairs, p => queries.AllShortestPathsCount(p.From.Id, p.To.Id))
        );
        Report("prefix count", Measure.Samples(set.Prefixes, p => queries.PrefixCount(p)));
        Report("prefix limit 25", Measure.Samples(set.Prefixes, p => queries.PrefixLimit(p, 25)));
        Report("contains count", Measure.Samples(set.Substrings, s => queries.ContainsCount(s)));
        Report("contains limit 25", Measure.Samples(set.Substrings, s => queries.ContainsLimit(s, 25)));
        Report("full-text count", Measure.Samples(set.FullTextTerms, t => queries.FullTextCount(t)));
        Report("type counts", Measure.Samples([0, 1, 2, 3, 4], _ => queries.TypeCounts()));
        Console.WriteLine($"peak memory                  {Measure.PeakMemoryBytes() / (1024.0 * 1024.0), 10:F0} MiB");
        return 0;
    }
    default:
        Console.WriteLine("usage: bench generate --nodes N [--seed S] [--out DIR] | baseline --data DIR");
        return string.Equals(command, "help", StringComparison.Ordinal) ? 0 : 2;
}

string Option(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
