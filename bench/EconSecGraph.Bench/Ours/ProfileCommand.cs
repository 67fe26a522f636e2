using System.Diagnostics;
using System.Globalization;
using EconSecGraph.Cypher;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bench.Ours;

/// <summary>
/// <c>profile</c>: opens an existing store (e.g. the one <c>run-engine ours</c> left in its work folder)
/// and runs one query repeatedly with an integer or string parameter, printing time and managed
/// allocations per call — the cheap profiler used to find where the engine spends.
/// </summary>
public static class ProfileCommand
{
    public static int Run(string store, string query, IReadOnlyList<string> inputs, int rounds)
    {
        var db = EmbeddedGraphDatabase.Open(store);
        try
        {
            var parameters = inputs
                .Select(s =>
                    (IReadOnlyDictionary<string, CypherValue>)
                        new Dictionary<string, CypherValue>(StringComparer.Ordinal)
                        {
                            ["p"] = long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
                                ? CypherInteger.Of(n)
                                : new CypherString(s),
                        }
                )
                .ToList();
            long rows = 0;
            void Once()
            {
                foreach (var p in parameters)
                {
                    rows += db.QueryAsync(new Query(query, p)).GetAwaiter().GetResult().Records.Count;
                }
            }
            Once();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            rows = 0;
            for (var r = 0; r < rounds; r++)
            {
                Once();
            }
            var calls = (double)rounds * parameters.Count;
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{clock.Elapsed.TotalMicroseconds / calls:F1} µs/call, {(GC.GetAllocatedBytesForCurrentThread() - allocated) / calls:F0} B/call, {rows / calls:F1} rows/call"
                )
            );
            return 0;
        }
        finally
        {
            db.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
