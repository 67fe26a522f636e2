using System.Globalization;
using EconSecGraph.Web.Bench;

// Explorer benchmarks (not part of the test run) — see bench/README.md, section "Explorer".
var command = args.Length > 0 ? args[0] : "help";
string Option(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
int IntOption(string name, int fallback) =>
    int.Parse(Option(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

switch (command)
{
    case "import":
        await GraphImporter.ImportAsync(Option("--data", "bench/data/100000"), Option("--db", "bench/data/db-100000"));
        return 0;
    case "load":
        await LoadGenerator.RunAsync(
            new Uri(Option("--url", "http://127.0.0.1:5080")),
            Option("--queries", string.Empty),
            IntOption("--concurrency", 32),
            TimeSpan.FromSeconds(IntOption("--seconds", 10)),
            Option("--ops", "search,neighbours,paths")
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .ToHashSet(StringComparer.Ordinal),
            IntOption("--pid", 0)
        );
        return 0;
    case "startup":
        await StartupTimer.RunAsync(
            Option("--app", "src/EconSecGraph.Web/bin/Release/net10.0/EconSecGraph.Web.dll"),
            Option("--db", string.Empty),
            string.Equals(Option("--seed", "true"), "true", StringComparison.OrdinalIgnoreCase),
            IntOption("--runs", 3)
        );
        return 0;
    case "canvas":
        await CanvasProbe.RunAsync(
            new Uri(Option("--url", "http://127.0.0.1:5080")),
            Option("--sizes", "250,500,1000,2000,5000,10000"),
            IntOption("--fcose-max", 5000)
        );
        return 0;
    default:
        Console.WriteLine(
            """
            usage: EconSecGraph.Web.Bench <command>
              import  --data DIR --db DIR            generated CSV (bench generate) → embedded data folder
              load    --url URL [--queries FILE] [--concurrency 32] [--seconds 10] [--ops search,neighbours,paths]
                      [--pid N]  the app's process id: adds its CPU time per request
                      search, neighbours, shortest path under load (seed inputs without --queries)
              startup --app EconSecGraph.Web.dll [--db DIR] [--seed true|false] [--runs 3]
              canvas  --url URL [--sizes 250,500,…] [--fcose-max 5000]
                       how many nodes the canvas keeps interactive (Chromium)
            """
        );
        return string.Equals(command, "help", StringComparison.Ordinal) ? 0 : 2;
}
