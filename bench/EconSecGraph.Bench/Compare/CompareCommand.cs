using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EconSecGraph.Bench.Baseline;
using EconSecGraph.Bench.Generation;
using EconSecGraph.Bench.Harness;

namespace EconSecGraph.Bench.Compare;

/// <summary>
/// <c>compare</c>: for each size, generates the data if missing, runs the baseline, Kuzu and ours each in
/// its own process on the same files (so peak memory is per engine), checks the answers against the
/// baseline, and prints and writes the markdown table. Engines left out of <c>--engines</c> reuse their
/// last saved report (e.g. rerun only ours after an engine change).
/// </summary>
public sealed class CompareCommand(BenchCompareOptions options)
{
    public int Run()
    {
        var sb = new StringBuilder();
        sb.Append("## Engine comparison\n\n");
        sb.Append(
            CultureInfo.InvariantCulture,
            $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {MachineInfo.Describe()}; medians and p90 over the query set (reads warmed up by repeating the round until 1 s has passed; see bench/README.md).\n\n"
        );
        foreach (var size in options.Sizes)
        {
            var result = RunSize(size);
            var table = TableWriter.Write(result);
            Console.WriteLine(table);
            sb.Append(table);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Output))!);
        File.WriteAllText(options.Output, sb.ToString());
        Console.Error.WriteLine($"table written to {options.Output}");
        return 0;
    }

    private SizeResult RunSize(int size)
    {
        var name = size.ToString(CultureInfo.InvariantCulture);
        var data = Path.Combine(options.DataRoot, name);
        DataSet.Ensure(data, size, options.Seed);
        var results = Path.Combine(options.ResultsRoot, name);
        Directory.CreateDirectory(results);
        var loads = new List<string>();
        foreach (var engine in new[] { "baseline", "kuzu", "ours", "ours-rows" })
        {
            // the row-by-row load runs in its own process (its memory is not ours' peak); name it on its own
            // to rerun it (it takes minutes at 1M), or leave it out to reuse its saved report
            if (!options.Engines.Contains(engine))
            {
                continue;
            }
            var before = MachineInfo.LoadAverage();
            Console.Error.WriteLine(
                $"[{name}] {engine} (load average {before.ToString("F1", CultureInfo.InvariantCulture)})"
            );
            var work = Path.Combine(options.WorkRoot, name, engine);
            var reportPath = Path.Combine(results, engine + ".json");
            if (string.Equals(engine, "kuzu", StringComparison.Ordinal))
            {
                RunKuzu(data, work, reportPath);
            }
            else
            {
                RunSelf(engine, data, work, reportPath);
            }
            var after = MachineInfo.LoadAverage();
            loads.Add(string.Create(CultureInfo.InvariantCulture, $"{engine} {before:F1}–{after:F1}"));
        }
        MedianLoads(name, data, results);
        var set = DataSet.LoadQueries(data);
        var baseline = Read(Path.Combine(results, "baseline.json"));
        var kuzu = Read(Path.Combine(results, "kuzu.json"));
        var ours = Read(Path.Combine(results, "ours.json"));
        var oursRows = Read(Path.Combine(results, "ours-rows.json"));
        var checker = new ResultChecker(ArrayGraph.Load(data), set);
        var oursChecks = new Dictionary<string, CheckOutcome>(StringComparer.Ordinal);
        var kuzuChecks = new Dictionary<string, CheckOutcome>(StringComparer.Ordinal);
        foreach (var op in Operations.All)
        {
            var reference = baseline?.Operations.GetValueOrDefault(op);
            oursChecks[op] = checker.Check(op, reference, ours?.Operations.GetValueOrDefault(op));
            kuzuChecks[op] = checker.Check(op, reference, kuzu?.Operations.GetValueOrDefault(op));
        }
        return new SizeResult(
            size,
            ours,
            kuzu,
            baseline,
            oursChecks,
            kuzuChecks,
            loads.Count == 0 ? "not measured in this run (saved reports)" : string.Join(", ", loads)
        )
        {
            OursRows = oursRows,
        };
    }

    private static readonly string[] s_loadEngines = ["baseline", "ours"];

    /// <summary>
    /// One cold process is a noisy load sample (on a small graph start-up dominates, and a busy moment moves
    /// it by a quarter): the baseline and ours load again in fresh processes, alternating, and each report's
    /// load becomes the median of all its samples.
    /// </summary>
    private void MedianLoads(string name, string data, string results)
    {
        var engines = s_loadEngines.Where(options.Engines.Contains).ToList();
        var samples = engines.ToDictionary(e => e, _ => new List<double>(), StringComparer.Ordinal);
        for (var run = 0; run < options.LoadRuns; run++)
        {
            foreach (var engine in engines)
            {
                var path = Path.Combine(results, engine + ".load.json");
                RunSelf(engine, data, Path.Combine(options.WorkRoot, name, engine), path, loadOnly: true);
                samples[engine].Add(Read(path)?.LoadMs ?? double.NaN);
                File.Delete(path);
            }
        }
        foreach (var engine in engines)
        {
            var path = Path.Combine(results, engine + ".json");
            if (Read(path) is not { } report || options.LoadRuns == 0)
            {
                continue;
            }
            report.LoadSamplesMs = [report.LoadMs, .. samples[engine]];
            report.LoadMs = Measure.Percentile([.. report.LoadSamplesMs], 0.5);
            File.WriteAllText(path, JsonSerializer.Serialize(report, JsonOptions.Indented));
        }
    }

    private static EngineReport? Read(string path) =>
        File.Exists(path)
            ? JsonSerializer.Deserialize<EngineReport>(File.ReadAllText(path), JsonOptions.Indented)
            : null;

    /// <summary>Runs this program's <c>run-engine</c> command in a fresh process.</summary>
    private static void RunSelf(string engine, string data, string work, string reportPath, bool loadOnly = false)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        if (string.Equals(Path.GetFileNameWithoutExtension(host), "dotnet", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(typeof(CompareCommand).Assembly.Location);
        }
        foreach (var a in new[] { "run-engine", engine, "--data", data, "--work", work, "--out", reportPath })
        {
            start.ArgumentList.Add(a);
        }
        if (loadOnly)
        {
            start.ArgumentList.Add("--load-only");
        }
        Wait(start, engine);
    }

    private void RunKuzu(string data, string work, string reportPath)
    {
        var kuzuDir = Path.Combine(options.RepoRoot, "bench", "kuzu");
        if (!Directory.Exists(Path.Combine(kuzuDir, "node_modules", "kuzu")))
        {
            var npm = new ProcessStartInfo("npm") { WorkingDirectory = kuzuDir, UseShellExecute = false };
            npm.ArgumentList.Add("ci");
            Wait(npm, "npm ci");
        }
        var node = new ProcessStartInfo("node") { UseShellExecute = false, RedirectStandardOutput = true };
        node.ArgumentList.Add(Path.Combine(kuzuDir, "run.mjs"));
        node.ArgumentList.Add(Path.GetFullPath(data));
        node.ArgumentList.Add(Path.GetFullPath(work));
        using var process = Process.Start(node) ?? throw new InvalidOperationException("could not start node");
        var json = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Kuzu runner failed with exit code {process.ExitCode}.");
        }
        File.WriteAllText(reportPath, json);
    }

    private static void Wait(ProcessStartInfo start, string what)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + what);
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed with exit code {process.ExitCode}.");
        }
    }
}
