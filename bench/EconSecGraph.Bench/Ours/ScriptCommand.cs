using System.Diagnostics;
using System.Globalization;
using EconSecGraph.Graph.Database;

namespace EconSecGraph.Bench.Ours;

/// <summary>
/// <c>script</c>: runs statements (separated by <c>;;</c>) one after another on a fresh store whose
/// import folder is a data folder, printing each one's time and allocations — for profiling loads.
/// </summary>
public static class ScriptCommand
{
    public static int Run(string data, string work, string script)
    {
        var db = OursRunner.OpenFresh(data, work);
        try
        {
            foreach (
                var statement in script.Split(
                    ";;",
                    StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
                )
            )
            {
                var allocated = GC.GetTotalAllocatedBytes();
                var clock = Stopwatch.StartNew();
                var (records, _) = db.QueryAsync(new Query(statement)).GetAwaiter().GetResult();
                Console.WriteLine(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{clock.Elapsed.TotalMilliseconds, 9:F0} ms {(GC.GetTotalAllocatedBytes() - allocated) / 1048576.0, 8:F0} MiB  {records.Count} rows  peak {EconSecGraph.Bench.Harness.Measure.PeakMemoryBytes() / 1048576} MiB  {statement[..Math.Min(90, statement.Length)]}"
                    )
                );
            }
            return 0;
        }
        finally
        {
            db.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
