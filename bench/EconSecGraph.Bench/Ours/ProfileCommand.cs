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
    /// <summary>An input is <c>$p</c>; a pair <c>x:y</c> (a path query's ends) is <c>$a</c> and <c>$b</c>.</summary>
    private static IReadOnlyDictionary<string, CypherValue> Parameters(string input)
    {
        var map = new Dictionary<string, CypherValue>(StringComparer.Ordinal);
        var parts = input.Split(':');
        if (parts.Length == 2)
        {
            map["a"] = Value(parts[0]);
            map["b"] = Value(parts[1]);
        }
        else
        {
            map["p"] = Value(input);
        }
        return map;
    }

    private static CypherValue Value(string text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? CypherInteger.Of(n)
            : new CypherString(text);

    public static int Run(string store, string query, IReadOnlyList<string> inputs, int rounds)
    {
        var db = EmbeddedGraphDatabase.Open(store);
        try
        {
            var parameters = inputs.Select(Parameters).ToList();
            long rows = 0;
            void Once()
            {
                foreach (var p in parameters)
                {
                    rows += db.QueryAsync(new Query(query, p)).GetAwaiter().GetResult().Records.Count;
                }
            }
            // the first call pays for planning, the JIT and what the engine builds on first use
            var first = Stopwatch.StartNew();
            db.QueryAsync(new Query(query, parameters[0])).GetAwaiter().GetResult();
            Console.WriteLine(
                string.Create(CultureInfo.InvariantCulture, $"first call {first.Elapsed.TotalMilliseconds:F1} ms")
            );
            // warm up as the suite does (the JIT tiers up after ~30 calls and a short delay)
            var warm = Stopwatch.StartNew();
            while (warm.Elapsed < TimeSpan.FromSeconds(1))
            {
                Once();
            }
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var (gen0, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration());
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
                    $"{clock.Elapsed.TotalMicroseconds / calls:F1} µs/call, {(GC.GetAllocatedBytesForCurrentThread() - allocated) / calls:F0} B/call, {rows / calls:F1} rows/call; {GC.CollectionCount(0) - gen0} collections ({GC.CollectionCount(2) - gen2} full), paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds / calls * 1000:F1} µs/call"
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
