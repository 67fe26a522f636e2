using System.Diagnostics;
using System.Globalization;
using EconSecGraph.Cypher;
using EconSecGraph.Graph.Database;

namespace EconSecGraph.Bench.Ours;

/// <summary>
/// <c>script</c>: runs statements (separated by <c>;;</c>) one after another on a fresh store whose
/// import folder is a data folder, printing each one's time and allocations — for profiling loads.
/// With <c>--repeat N</c> the whole script (opening a fresh store included) runs N times in one process,
/// which separates what the first run pays for starting (JIT, type loading) from the work itself.
/// </summary>
public static class ScriptCommand
{
    public static int Run(string data, string work, string script, int repeat)
    {
        var statements = script.Split(";;", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var round = 1; round <= repeat; round++)
        {
            OursRunner.Clean(work);
            var total = Stopwatch.StartNew();
            var db = OursRunner.Open(data, work);
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{total.Elapsed.TotalMilliseconds, 9:F1} ms  open (round {round})"
                )
            );
            try
            {
                foreach (var statement in statements)
                {
                    RunOne(db, statement);
                }
            }
            finally
            {
                db.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{total.Elapsed.TotalMilliseconds, 9:F1} ms  round {round} in all"
                )
            );
        }
        return 0;
    }

    private static void RunOne(EmbeddedGraphDatabase db, string statement)
    {
        var allocated = GC.GetTotalAllocatedBytes();
        var (gen0, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var clock = Stopwatch.StartNew();
        var (records, _) = db.QueryAsync(new Query(statement)).GetAwaiter().GetResult();
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{clock.Elapsed.TotalMilliseconds, 9:F1} ms {(GC.GetTotalAllocatedBytes() - allocated) / 1048576.0, 8:F0} MiB  {GC.CollectionCount(0) - gen0} GCs ({GC.CollectionCount(2) - gen2} full, {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F1} ms paused)  {records.Count} rows  peak {EconSecGraph.Bench.Harness.Measure.PeakMemoryBytes() / 1048576} MiB  {statement[..Math.Min(90, statement.Length)]}"
            )
        );
    }
}
