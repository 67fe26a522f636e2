using System.Diagnostics;
using System.Globalization;
using System.Text;
using EconSecGraph.Storage.Indexing;

namespace EconSecGraph.Storage.Bench;

/// <summary>
/// <c>bigram-build --nodes nodes.csv [--repeat n] [--substrings a|b|…]</c>: puts the generator's names
/// into one sorted run (as a name index's base run holds them) and builds its bigram postings, printing
/// ms per build, their size against the keys', and µs per <c>CONTAINS</c> count from them and from a
/// scan of every key, with both counts (which must agree).
/// </summary>
internal static class BigramBuildCommand
{
    public static int Run(string[] args)
    {
        string? nodes = null;
        var repeat = 5;
        var substrings = "Harbor|戦略|Alpha|政策|重要|Kestrel|技術";
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--nodes":
                    nodes = args[i + 1];
                    break;
                case "--repeat":
                    repeat = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--substrings":
                    substrings = args[i + 1];
                    break;
                default:
                    Console.Error.WriteLine($"bigram-build: unknown option '{args[i]}'.");
                    return 2;
            }
        }
        if (nodes is null || !File.Exists(nodes))
        {
            Console.Error.WriteLine(
                "Usage: storage-bench bigram-build --nodes <nodes.csv> [--repeat n] [--substrings a|b|…]"
            );
            return 2;
        }
        var entries = new List<(string Key, long Id)>();
        foreach (var line in File.ReadLines(nodes, Encoding.UTF8).Skip(1))
        {
            var c1 = line.IndexOf(',', StringComparison.Ordinal);
            var c2 = line.IndexOf(',', c1 + 1);
            entries.Add(
                (IndexKey.String + line[(c2 + 1)..], long.Parse(line.AsSpan(0, c1), CultureInfo.InvariantCulture))
            );
        }
        var run = SortedRun.Build(entries);
        entries = null;
        BigramPostings? postings = null;
        var times = new List<double>();
        for (var r = 0; r < repeat; r++)
        {
            var clock = Stopwatch.StartNew();
            postings = BigramPostings.Build(run);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{run.Count} keys, {run.Arena.Length * 2 / 1048576.0:F1} MiB of key text; postings {postings!.Size / 1048576.0:F1} MiB; build median {times[times.Count / 2]:F0} ms (min {times[0]:F0}, max {times[^1]:F0}) over {repeat}"
            )
        );
        foreach (var s in substrings.Split('|'))
        {
            var (fromPostings, postingsUs) = Time(() => postings.CountContaining(run, s) ?? -1);
            var (scanned, scanUs) = Time(() => Scan(run, s));
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"  '{s}': postings {fromPostings} in {postingsUs:F1} µs, scan {scanned} in {scanUs:F1} µs"
                )
            );
        }
        return 0;
    }

    // the best of 20 calls: the machine's noise is all upward
    private static (long Count, double Micros) Time(Func<long> count)
    {
        var best = double.MaxValue;
        long result = 0;
        for (var i = 0; i < 20; i++)
        {
            var clock = Stopwatch.StartNew();
            result = count();
            best = Math.Min(best, clock.Elapsed.TotalMicroseconds);
        }
        return (result, best);
    }

    private static long Scan(SortedRun run, string substring)
    {
        long count = 0;
        for (var e = 0; e < run.Count; e++)
        {
            if (run.Key(e)[1..].IndexOf(substring.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                count++;
            }
        }
        return count;
    }
}
