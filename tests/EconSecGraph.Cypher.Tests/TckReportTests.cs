using System.Globalization;
using System.Text;
using EconSecGraph.Cypher.Tests.TckRunner;

namespace EconSecGraph.Cypher.Tests;

/// <summary>
/// The per-folder TCK pass table. Runs only when <c>TCK_REPORT</c> names a file to write:
/// <c>TCK_REPORT=tck.md dotnet test tests/EconSecGraph.Cypher.Tests --filter TckReport</c>.
/// </summary>
public sealed class TckReportTests
{
    [SkippableFact]
    public async Task TckReport()
    {
        var path = Environment.GetEnvironmentVariable("TCK_REPORT");
        Skip.If(string.IsNullOrEmpty(path), "set TCK_REPORT=<file> to write the TCK pass table");
        var byFolder = new SortedDictionary<string, (int Pass, int Fail, int Skip)>(StringComparer.Ordinal);
        var failures = new StringBuilder();
        foreach (var (id, scenario) in TckCatalog.Scenarios)
        {
            var f = byFolder.GetValueOrDefault(scenario.Folder);
            if (TckCatalog.SkipReason(id) is not null)
            {
                f.Skip++;
            }
            else if (await TckExecutor.RunAsync(scenario) is { } failure)
            {
                f.Fail++;
                failures.Append("- ").Append(id).Append(": ").Append(failure.Split('\n')[0]).Append('\n');
            }
            else
            {
                f.Pass++;
            }
            byFolder[scenario.Folder] = f;
        }
        var sb = new StringBuilder(
            "| folder | scenarios | passed | failed | skipped | pass rate |\n|---|---:|---:|---:|---:|---:|\n"
        );
        int tp = 0,
            tf = 0,
            ts = 0;
        foreach (var (folder, (p, fl, s)) in byFolder)
        {
            sb.Append(
                CultureInfo.InvariantCulture,
                $"| {folder} | {p + fl + s} | {p} | {fl} | {s} | {Rate(p, p + fl + s)} |\n"
            );
            tp += p;
            tf += fl;
            ts += s;
        }
        sb.Append(
            CultureInfo.InvariantCulture,
            $"| **all** | {tp + tf + ts} | {tp} | {tf} | {ts} | {Rate(tp, tp + tf + ts)} |\n"
        );
        await File.WriteAllTextAsync(path!, sb + "\n## Failures\n\n" + failures);
        Console.WriteLine(sb);
    }

    private static string Rate(int pass, int total) =>
        total == 0 ? "-" : (100.0 * pass / total).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
