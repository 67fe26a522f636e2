using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EconSecGraph.Graph.Values;
using EconSecGraph.Storage.FullText;

namespace EconSecGraph.Storage.Bench;

/// <summary>
/// <c>fulltext-build --nodes nodes.csv [--analyzer name] [--repeat n] [--dump file]</c>: loads the
/// generator's nodes (id,label,name) into an in-memory store, then builds a full-text index over
/// <c>name</c> for every label the way the importer does (one bulk <c>FullTextIndex.Build</c> over a
/// view), printing wall ms, CPU ms, allocated MiB and the process's peak working set. With
/// <c>--dump</c> it writes a few hundred queries' (id, score bits) to a file and prints its SHA-256,
/// so two builds can be compared for identical answers.
/// </summary>
internal static class FullTextBuildCommand
{
    public static int Run(string[] args)
    {
        string? nodes = null;
        string? dump = null;
        string? analyzer = null;
        var repeat = 1;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--nodes":
                    nodes = args[i + 1];
                    break;
                case "--dump":
                    dump = args[i + 1];
                    break;
                case "--analyzer":
                    analyzer = args[i + 1];
                    break;
                case "--repeat":
                    repeat = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine($"fulltext-build: unknown option '{args[i]}'.");
                    return 2;
            }
        }
        if (nodes is null || !File.Exists(nodes))
        {
            Console.Error.WriteLine(
                "Usage: storage-bench fulltext-build --nodes <nodes.csv> [--analyzer name] [--repeat n] [--dump file]"
            );
            return 2;
        }
        using var store = GraphStore.CreateInMemory();
        var clock = Stopwatch.StartNew();
        var labels = new List<string>();
        using (var tx = store.BeginWrite())
        {
            var name = tx.GetOrCreatePropertyKeyId("name");
            var props = new KeyValuePair<int, CypherValue>[1];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(nodes, Encoding.UTF8).Skip(1))
            {
                var c1 = line.IndexOf(',', StringComparison.Ordinal);
                var c2 = line.IndexOf(',', c1 + 1);
                var label = line[(c1 + 1)..c2];
                if (seen.Add(label))
                {
                    labels.Add(label);
                }
                props[0] = new(name, new CypherString(line[(c2 + 1)..]));
                tx.CreateNode([tx.GetOrCreateLabelId(label)], props);
            }
            tx.Commit();
        }
        Console.WriteLine(
            $"loaded {store.Snapshot().NodeCount} nodes ({labels.Count} labels) in {clock.ElapsedMilliseconds} ms; "
                + $"analyzer {analyzer ?? Analyzers.DefaultName}; load average {LoadAverage()}"
        );
        for (var run = 0; run < repeat; run++)
        {
            using (var tx = store.BeginWrite())
            {
                tx.DropIndex("names", ifExists: true);
                tx.Commit();
            }
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var heapBefore = GC.GetTotalMemory(true);
            var allocated = GC.GetTotalAllocatedBytes(true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var pause = GC.GetTotalPauseDuration();
            var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            clock.Restart();
            using (var tx = store.BeginWrite())
            {
                tx.CreateFullTextIndex("names", EntityType.Node, labels, ["name"], analyzer);
                var built = clock.Elapsed;
                var cpuBuilt = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                var allocatedBuilt = GC.GetTotalAllocatedBytes(true) - allocated;
                var paused = GC.GetTotalPauseDuration() - pause;
                var collections =
                    $"{GC.CollectionCount(0) - gcs.Item1}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3}";
                tx.Commit();
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var retained = GC.GetTotalMemory(true) - heapBefore;
                Console.WriteLine(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"build {run + 1}: {built.TotalMilliseconds:F0} ms wall, {cpuBuilt.TotalMilliseconds:F0} ms CPU, "
                            + $"{allocatedBuilt / 1048576.0:F1} MiB allocated, GC pauses {paused.TotalMilliseconds:F0} ms (gen0/1/2 {collections}), index retains {retained / 1048576.0:F1} MiB, "
                            + $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB"
                    )
                );
            }
        }
        if (dump is not null)
        {
            Dump(store.Snapshot(), dump);
        }
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    /// <summary>A few hundred queries of every kind, built from the indexed names themselves (deterministic).</summary>
    private static void Dump(GraphView view, string file)
    {
        var key = view.GetPropertyKeyId("name");
        var random = new Random(7);
        var names = new List<string>();
        for (var i = 0; i < 120; i++)
        {
            var id = random.NextInt64(view.NodeCount);
            names.Add(view.GetNodeProperty(id, key).ToString() ?? "");
        }
        var queries = new List<string>();
        foreach (var n in names)
        {
            var words = n.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var last = words[^1];
            queries.Add(last);
            queries.Add(words[0]);
            queries.Add("\"" + n.Replace("\"", "", StringComparison.Ordinal) + "\"");
            if (words.Length > 1)
            {
                queries.Add($"{words[^2]} AND {last}");
                queries.Add($"+{words[^2]} -{last}");
                queries.Add(words[^2].ToUpperInvariant() + "~1");
            }
            if (last.Length > 1)
            {
                queries.Add(last[..1] + "*");
            }
            if (words[0].Length > 1)
            {
                queries.Add(words[0][..1]);
                queries.Add($"{words[0][..1]} OR {last}^2");
            }
        }
        // query speed: every query counted and searched (top 10) a few rounds, before the dump's own pass
        foreach (
            var (what, run) in new (string, Func<string, long>)[]
            {
                ("count", q => view.CountFullText("names", q)),
                ("top 10", q => view.RankFullText("names", q).Take(10).Count()),
            }
        )
        {
            var times = new List<double>();
            var check = 0L;
            for (var round = 0; round < 3; round++)
            {
                foreach (var q in queries)
                {
                    var t = Stopwatch.GetTimestamp();
                    check += run(q);
                    times.Add(Stopwatch.GetElapsedTime(t).TotalMicroseconds);
                }
            }
            times.Sort();
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"query {what}: median {times[times.Count / 2]:F1} µs, p90 {times[(int)(times.Count * 0.9)]:F1} µs, total {times.Sum() / 1000:F0} ms over {times.Count} (checksum {check})"
                )
            );
        }
        using var writer = new StreamWriter(file, false, new UTF8Encoding(false));
        var hits = 0L;
        foreach (var q in queries)
        {
            var count = view.CountFullText("names", q);
            writer.Write(q);
            writer.Write('\t');
            writer.WriteLine(count.ToString(CultureInfo.InvariantCulture));
            foreach (var h in view.QueryFullText("names", q, new FullTextQueryOptions { Limit = 200 }))
            {
                writer.Write(h.EntityId.ToString(CultureInfo.InvariantCulture));
                writer.Write(' ');
                writer.WriteLine(BitConverter.DoubleToInt64Bits(h.Score).ToString("x16", CultureInfo.InvariantCulture));
                hits++;
            }
        }
        writer.Flush();
        writer.Close();
        var hash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        Console.WriteLine($"dumped {queries.Count} queries, {hits} hits to {file}; sha256 {hash}");
    }
}
