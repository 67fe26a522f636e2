using System.Diagnostics;
using System.Globalization;
using System.Text;
using EconSecGraph.Bench.Generation;
using EconSecGraph.Bench.Harness;

namespace EconSecGraph.Bench.Baseline;

/// <summary>Runs the suite on <see cref="BaselineQueries"/>; the write mix appends to a journal file with an fsync per write.</summary>
public sealed class BaselineRunner(string dataDirectory, string workDirectory)
{
    /// <summary>Loads the data and, unless <paramref name="loadOnly"/>, runs every operation.</summary>
    public EngineReport Run(
        QuerySet set,
        IReadOnlyList<WriteInput> writes,
        IReadOnlyList<WriteInput> writeWarmup,
        bool loadOnly = false
    )
    {
        ArgumentNullException.ThrowIfNull(set);
        var report = new EngineReport
        {
            Engine = "baseline",
            Version = "C# arrays",
            LoadMethod = "parse CSV into arrays, CSR adjacency, sorted name index, token index",
        };
        var clock = Stopwatch.StartNew();
        var graph = ArrayGraph.Load(dataDirectory);
        var queries = new BaselineQueries(graph);
        queries.PrepareFullText();
        report.LoadMs = clock.Elapsed.TotalMilliseconds;
        Console.Error.WriteLine($"  baseline load {report.LoadMs:F0} ms");
        if (loadOnly)
        {
            report.PeakMemoryBytes = Measure.PeakMemoryBytes();
            return report;
        }
        var recorder = new Recorder(report);
        var nodes = set.Nodes.Select(n => n.Id).ToList();
        string Count(long c) => Digest.Number(c);
        recorder.Run(Operations.Hop1Count, nodes, queries.Hop1Distinct, Count);
        recorder.Run(Operations.Hop2Count, nodes, queries.Hop2Distinct, Count);
        recorder.Run(
            Operations.Hop1Rows,
            nodes,
            queries.Hop1Rows,
            rows => Digest.SortedIds(rows.Select(r => (long)r.Id))
        );
        recorder.Run(
            Operations.NeighbourLabels,
            nodes,
            queries.NeighbourLabels,
            groups => string.Join(",", groups.Select(g => g.Key + ":" + Digest.Number(g.Value)))
        );
        recorder.Run(
            Operations.ShortestLength,
            set.Pairs,
            p => queries.ShortestPathLength(p.From.Id, p.To.Id),
            l => Count(l)
        );
        recorder.Run(
            Operations.ShortestNodes,
            set.Pairs,
            p => queries.ShortestPath(p.From.Id, p.To.Id),
            path => path is null ? Digest.None : Digest.Sequence(path.Select(x => (long)x))
        );
        recorder.Run(
            Operations.AllShortestCount,
            set.Pairs,
            p => queries.AllShortestPathsCount(p.From.Id, p.To.Id),
            Count
        );
        recorder.Run(Operations.PrefixCount, set.Prefixes, queries.PrefixCount, Count);
        recorder.Run(
            Operations.PrefixLimit,
            set.Prefixes,
            p => queries.PrefixLimit(p, Operations.Limit),
            ids => Digest.SortedIds(ids.Select(x => (long)x))
        );
        recorder.Run(Operations.ContainsCount, set.Substrings, queries.ContainsCount, Count);
        recorder.Run(
            Operations.ContainsLimit,
            set.Substrings,
            s => queries.ContainsLimit(s, Operations.Limit),
            ids => Digest.SortedIds(ids.Select(x => (long)x))
        );
        recorder.Run(Operations.FullTextCount, set.FullTextTerms, queries.FullTextCount, Count);
        recorder.Run(
            Operations.TypeCounts,
            [0, 1, 2, 3, 4],
            _ => queries.TypeCounts(),
            groups => string.Join(",", groups.Select(g => g.Key + ":" + Digest.Number(g.Value)))
        );
        RunWrites(recorder, writes, writeWarmup);
        report.PeakMemoryBytes = Measure.PeakMemoryBytes();
        return report;
    }

    /// <summary>The durable-write floor: look the id up, append a record, fsync.</summary>
    private void RunWrites(Recorder recorder, IReadOnlyList<WriteInput> writes, IReadOnlyList<WriteInput> warmup)
    {
        Directory.CreateDirectory(workDirectory);
        var path = Path.Combine(workDirectory, "baseline-journal.log");
        using var journal = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 4096);
        var known = new HashSet<long>();
        recorder.Run(
            Operations.WriteMix,
            writes,
            w =>
            {
                if (known.Add(w.Id))
                {
                    var line = Encoding.UTF8.GetBytes(
                        string.Create(CultureInfo.InvariantCulture, $"{w.Id},{w.Label},{w.Name},{w.Other},{w.Type}\n")
                    );
                    journal.Write(line);
                    journal.Flush(flushToDisk: true);
                }
                return w.Id;
            },
            Digest.Number,
            warmup
        );
    }
}
