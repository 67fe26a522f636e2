using System.Diagnostics;
using System.Runtime;
using EconSecGraph.Bench.Generation;
using EconSecGraph.Bench.Harness;
using EconSecGraph.Cypher;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Values;
using EconSecGraph.Storage;

namespace EconSecGraph.Bench.Ours;

/// <summary>Runs the suite on the embedded engine (durable store in a work folder, fsync on commit), all through Cypher.</summary>
public sealed class OursRunner(string dataDirectory, string workDirectory)
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
            Engine = "ours",
            Version = EmbeddedGraphDatabase.Agent,
            LoadMethod =
                "id constraint, name range index and full-text index, then CALL db.import.csv (nodes and relationships in one bulk import, checkpointed at commit)",
        };
        Clean(workDirectory); // before the clock: removing the last run's store is not loading
        var notes = new LoadNotes();
        var clock = Stopwatch.StartNew();
        var db = Open(dataDirectory, workDirectory, notes.Message);
        notes.Step(
            clock.Elapsed.TotalMilliseconds,
            JitInfo.GetCompiledMethodCount(),
            JitInfo.GetCompilationTime().TotalMilliseconds,
            "open (JIT: so far in the process)"
        );
        try
        {
            Exec(db, OursQueries.IdConstraint, notes);
            Exec(db, OursQueries.NameIndex, notes);
            Exec(db, OursQueries.FullTextIndex, notes);
            Exec(db, OursQueries.BulkImport, notes);
            report.LoadMs = clock.Elapsed.TotalMilliseconds;
            notes.Print(); // after the clock: the harness's own output is not loading
            Console.Error.WriteLine($"  ours     load {report.LoadMs:F0} ms");
            if (!loadOnly)
            {
                RunQueries(db, new Recorder(report), set, writes, writeWarmup);
            }
        }
        finally
        {
            db.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        report.PeakMemoryBytes = Measure.PeakMemoryBytes();
        return report;
    }

    /// <summary>
    /// The row-by-row load a user can also run (LOAD CSV, one transaction per file, indexes after), in its
    /// own process so its memory does not count against the bulk path: load time and peak memory only.
    /// </summary>
    public EngineReport RunRowLoad()
    {
        var report = new EngineReport
        {
            Engine = "ours-rows",
            Version = EmbeddedGraphDatabase.Agent,
            LoadMethod =
                "LOAD CSV WITH HEADERS (nodes, then relationships matched through the id constraint), one transaction each",
        };
        Clean(workDirectory);
        var notes = new LoadNotes();
        var clock = Stopwatch.StartNew();
        var db = Open(dataDirectory, workDirectory, notes.Message);
        try
        {
            Exec(db, OursQueries.IdConstraint, notes);
            Exec(db, OursQueries.LoadNodes(GraphSpec.Labels.Select(l => l.Label)), notes);
            Exec(db, OursQueries.LoadEdges(GraphSpec.Types), notes);
            Exec(db, OursQueries.NameIndex, notes);
            Exec(db, OursQueries.FullTextIndex, notes);
            report.LoadMs = clock.Elapsed.TotalMilliseconds;
            notes.Print();
            Console.Error.WriteLine($"  ours     LOAD CSV row by row {report.LoadMs:F0} ms");
        }
        finally
        {
            db.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        report.PeakMemoryBytes = Measure.PeakMemoryBytes();
        return report;
    }

    /// <summary>Removes the store a previous run left in <paramref name="work"/>.</summary>
    internal static void Clean(string work)
    {
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>
    /// A new durable store in <paramref name="work"/> (call <see cref="Clean"/> first) whose import folder is
    /// <paramref name="data"/>; the store's messages (a bulk import's phase timings among them) go to standard error.
    /// </summary>
    internal static EmbeddedGraphDatabase Open(string data, string work, Action<StorageLogLevel, string>? log = null)
    {
        var options = new EmbeddedOptions
        {
            ImportDirectory = Path.GetFullPath(data),
            Log = log ?? ((level, message) => Console.Error.WriteLine($"  store    {level}: {message}")),
        };
        return EmbeddedGraphDatabase.Open(work, options);
    }

    private static void RunQueries(
        EmbeddedGraphDatabase db,
        Recorder recorder,
        QuerySet set,
        IReadOnlyList<WriteInput> writes,
        IReadOnlyList<WriteInput> writeWarmup
    )
    {
        var nodes = set.Nodes.Select(n => (long)n.Id).ToList();
        var pairs = set.Pairs.Select(p => ((long)p.From.Id, (long)p.To.Id)).ToList();
        void ByNode(string op, string text, Func<IReadOnlyList<Record>, string> digest) =>
            recorder.Run(op, nodes, id => Query(db, text, ("id", CypherInteger.Of(id))), digest);
        void ByPair(string op, string text, Func<IReadOnlyList<Record>, string> digest) =>
            recorder.Run(
                op,
                pairs,
                p => Query(db, text, ("a", CypherInteger.Of(p.Item1)), ("b", CypherInteger.Of(p.Item2))),
                digest
            );
        void ByText(string op, IReadOnlyList<string> inputs, string text, Func<IReadOnlyList<Record>, string> digest) =>
            recorder.Run(op, inputs, s => Query(db, text, ("s", new CypherString(s))), digest);

        ByNode(Operations.Hop1Count, OursQueries.Hop1Count, First);
        ByNode(Operations.Hop2Count, OursQueries.Hop2Count, First);
        ByNode(Operations.Hop1Rows, OursQueries.Hop1Rows, SortedIds);
        ByNode(
            Operations.NeighbourLabels,
            OursQueries.NeighbourLabels,
            rows => string.Join(",", rows.Select(r => Text(r[0]) + ":" + Text(r[1])))
        );
        ByPair(Operations.ShortestLength, OursQueries.ShortestLength, First);
        ByPair(Operations.ShortestNodes, OursQueries.ShortestNodes, IdList);
        ByPair(Operations.AllShortestCount, OursQueries.AllShortestCount, First);
        ByText(Operations.PrefixCount, set.Prefixes, OursQueries.PrefixCount, First);
        ByText(Operations.PrefixLimit, set.Prefixes, OursQueries.PrefixLimit, SortedIds);
        ByText(Operations.ContainsCount, set.Substrings, OursQueries.ContainsCount, First);
        ByText(Operations.ContainsLimit, set.Substrings, OursQueries.ContainsLimit, SortedIds);
        ByText(Operations.FullTextCount, set.FullTextTerms, OursQueries.FullTextCount, First);
        recorder.Run(
            Operations.TypeCounts,
            [0, 1, 2, 3, 4],
            _ => Query(db, OursQueries.TypeCounts),
            rows => string.Join(",", rows.Select(r => Text(r[0]) + ":" + Text(r[1])))
        );
        recorder.Run(
            Operations.WriteMix,
            writes,
            w =>
                Query(
                    db,
                    OursQueries.Write(w.Label, w.Type),
                    ("id", CypherInteger.Of(w.Id)),
                    ("name", new CypherString(w.Name)),
                    ("other", CypherInteger.Of(w.Other))
                ),
            First,
            writeWarmup
        );
    }

    private static void Exec(EmbeddedGraphDatabase db, string text, LoadNotes notes)
    {
        // JIT figures beside the time: what of a small load is compiling rather than working
        var jitMethods = JitInfo.GetCompiledMethodCount();
        var jitTime = JitInfo.GetCompilationTime();
        var clock = Stopwatch.StartNew();
        db.QueryAsync(new Query(text)).GetAwaiter().GetResult();
        notes.Step(
            clock.Elapsed.TotalMilliseconds,
            JitInfo.GetCompiledMethodCount() - jitMethods,
            (JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds,
            text
        );
    }

    private static string First(IReadOnlyList<Record> rows) => rows.Count == 0 ? Digest.None : Text(rows[0][0]);

    private static string SortedIds(IReadOnlyList<Record> rows) =>
        Digest.SortedIds(rows.Select(r => ((CypherInteger)r[0]).Value));

    private static string IdList(IReadOnlyList<Record> rows) =>
        rows.Count == 0 ? Digest.None : Digest.Sequence(((CypherList)rows[0][0]).Select(v => ((CypherInteger)v).Value));

    private static string Text(CypherValue value) =>
        value is CypherInteger i ? Digest.Number(i.Value) : value.ToString() ?? "";

    private static IReadOnlyList<Record> Query(
        EmbeddedGraphDatabase db,
        string text,
        params (string Name, CypherValue Value)[] parameters
    )
    {
        var map = new Dictionary<string, CypherValue>(parameters.Length, StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            map[name] = value;
        }
        return db.QueryAsync(new Query(text, map)).GetAwaiter().GetResult().Records;
    }
}
