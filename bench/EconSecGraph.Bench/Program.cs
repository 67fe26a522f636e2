using System.Globalization;
using System.Text.Json;
using EconSecGraph.Bench.Baseline;
using EconSecGraph.Bench.Compare;
using EconSecGraph.Bench.Generation;
using EconSecGraph.Bench.Harness;
using EconSecGraph.Bench.Ours;

// bench: generate | compare | run-engine — see bench/README.md
var command = args.Length > 0 ? args[0] : "help";
switch (command)
{
    case "generate":
    {
        var nodes = int.Parse(Option("--nodes", "10000"), CultureInfo.InvariantCulture);
        var seed = int.Parse(Option("--seed", "42"), CultureInfo.InvariantCulture);
        DataSet.Generate(
            Option("--out", Path.Combine("bench", "data", nodes.ToString(CultureInfo.InvariantCulture))),
            nodes,
            seed
        );
        return 0;
    }
    case "compare":
    {
        var sizes = Option("--sizes", "10000,100000")
            .Split(',')
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture))
            .ToList();
        var engines = Option("--engines", "baseline,kuzu,ours,ours-rows").Split(',').ToHashSet(StringComparer.Ordinal);
        var options = new BenchCompareOptions(
            sizes,
            int.Parse(Option("--seed", "42"), CultureInfo.InvariantCulture),
            Option("--data", Path.Combine("bench", "data")),
            Option("--results", Path.Combine("bench", "results", "raw")),
            Option("--work", Path.Combine(Path.GetTempPath(), "esg-bench")),
            engines,
            Option("--out", Path.Combine("bench", "results", "raw", "compare-" + string.Join("-", sizes) + ".md")),
            Option("--repo", "."),
            int.Parse(Option("--load-runs", "6"), CultureInfo.InvariantCulture)
        );
        return new CompareCommand(options).Run();
    }
    case "run-engine":
    {
        var engine = args.Length > 1 ? args[1] : "";
        var data = Option("--data", Path.Combine("bench", "data", "10000"));
        var work = Option("--work", Path.Combine(Path.GetTempPath(), "esg-bench", engine));
        var set = DataSet.LoadQueries(data);
        var writes = WriteSet.Load(data);
        var loadOnly = args.Contains("--load-only", StringComparer.Ordinal);
        EngineReport report = engine switch
        {
            "ours" => new OursRunner(data, work).Run(set, writes.Timed, writes.Warmup, loadOnly),
            "ours-rows" => new OursRunner(data, work).RunRowLoad(),
            "baseline" => new BaselineRunner(data, work).Run(set, writes.Timed, writes.Warmup, loadOnly),
            _ => throw new InvalidOperationException(
                "run-engine needs ours, ours-rows or baseline, got '" + engine + "'."
            ),
        };
        var output = Option("--out", "");
        var json = JsonSerializer.Serialize(report, JsonOptions.Indented);
        if (output.Length == 0)
        {
            Console.WriteLine(json);
        }
        else
        {
            File.WriteAllText(output, json);
        }
        return 0;
    }
    case "script":
        return ScriptCommand.Run(
            Option("--data", Path.Combine("bench", "data", "10000")),
            Option("--work", Path.Combine(Path.GetTempPath(), "esg-bench", "script")),
            Option("--script", ""),
            int.Parse(Option("--repeat", "1"), CultureInfo.InvariantCulture)
        );
    case "profile":
        return ProfileCommand.Run(
            Option("--store", Path.Combine(Path.GetTempPath(), "esg-bench", "10000", "ours")),
            Option("--query", "MATCH (n:Node {id: $p})--(m) RETURN count(DISTINCT m)"),
            Option("--inputs", "1,2,3,4,5,6,7,8,9,10").Split('|', ','),
            int.Parse(Option("--rounds", "100"), CultureInfo.InvariantCulture)
        );
    default:
        Console.WriteLine(
            "usage: bench generate --nodes N [--seed S] [--out DIR]\n"
                + "       bench compare [--sizes 10000,100000] [--engines baseline,kuzu,ours] [--load-runs 6] [--out FILE.md]\n"
                + "       bench run-engine ours|ours-rows|baseline --data DIR [--work DIR] [--out FILE.json] [--load-only]"
        );
        return string.Equals(command, "help", StringComparison.Ordinal) ? 0 : 2;
}

string Option(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
