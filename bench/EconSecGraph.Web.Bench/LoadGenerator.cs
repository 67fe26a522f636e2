using System.Diagnostics;
using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Bench;

/// <summary>
/// Closed-loop HTTP load: <c>concurrency</c> workers, each sending its next request as soon as the last
/// answered, for a fixed time per operation (search, neighbours, shortest path). Reports p50/p90/p99
/// latency, throughput and errors. Only loopback URLs are accepted.
/// </summary>
public static class LoadGenerator
{
    public static async Task RunAsync(
        Uri baseUrl,
        string queriesFile,
        int concurrency,
        TimeSpan duration,
        IReadOnlySet<string> operations,
        int appPid = 0
    )
    {
        if (!baseUrl.IsLoopback)
        {
            throw new ArgumentException(
                "The load generator only targets loopback addresses (127.0.0.1, localhost).",
                nameof(baseUrl)
            );
        }
        var inputs = string.IsNullOrEmpty(queriesFile) ? Inputs.Seed() : Inputs.FromQueries(queriesFile);
        using var http = new HttpClient(
            new SocketsHttpHandler
            {
                MaxConnectionsPerServer = concurrency,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            }
        )
        {
            BaseAddress = baseUrl,
            Timeout = TimeSpan.FromSeconds(60),
        };
        Console.WriteLine(
            $"{"operation", -16} {"requests", 9} {"req/s", 8} {"p50 ms", 8} {"p90 ms", 8} {"p99 ms", 8} {"errors", 7} {"app CPU ms/req", 15} {"load avg", 9}"
        );
        if (operations.Contains("search"))
        {
            await RunOneAsync(
                http,
                "search",
                inputs.Search.Select(q => "/api/search?limit=10&q=" + Uri.EscapeDataString(q)).ToList(),
                concurrency,
                duration,
                appPid
            );
        }
        if (operations.Contains("neighbours"))
        {
            await RunOneAsync(
                http,
                "neighbours",
                inputs.Nodes.Select(n => $"/api/nodes/{Uri.EscapeDataString(n)}/neighbors?limit=50").ToList(),
                concurrency,
                duration,
                appPid
            );
        }
        if (operations.Contains("paths"))
        {
            await RunOneAsync(
                http,
                "shortest path",
                inputs
                    .Pairs.Select(p =>
                        $"/api/paths?mode=shortest&maxLength=6&from={Uri.EscapeDataString(p.From)}&to={Uri.EscapeDataString(p.To)}"
                    )
                    .ToList(),
                concurrency,
                duration,
                appPid
            );
        }
    }

    private static async Task RunOneAsync(
        HttpClient http,
        string name,
        List<string> urls,
        int concurrency,
        TimeSpan duration,
        int appPid
    )
    {
        // Warm-up: every input once (plan caches), then the same closed loop for a few seconds unrecorded,
        // so tiered JIT has compiled the hot paths (a first run right after start-up is otherwise 5x slower).
        foreach (var url in urls)
        {
            using var _ = await http.GetAsync(new Uri(url, UriKind.Relative));
        }
        await LoopAsync(http, urls, concurrency, TimeSpan.FromSeconds(Math.Min(3, duration.TotalSeconds)), null);
        var latencies = new List<double>[concurrency];
        var cpuBefore = AppCpu(appPid);
        var clock = Stopwatch.StartNew();
        var errors = await LoopAsync(http, urls, concurrency, duration, latencies);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpu = AppCpu(appPid) - cpuBefore;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        var cpuPerRequest =
            appPid > 0 && all.Length > 0
                ? (cpu.TotalMilliseconds / all.Length).ToString("F2", System.Globalization.CultureInfo.InvariantCulture)
                : "-";
        Console.WriteLine(
            $"{name, -16} {all.Length, 9} {all.Length / seconds, 8:F0} {P(all, 0.5), 8:F1} {P(all, 0.9), 8:F1} {P(all, 0.99), 8:F1} {errors, 7} {cpuPerRequest, 15} {LoadAverage(), 9}"
        );
    }

    /// <summary>The machine's one-minute load average (Linux), to say how busy a shared machine was.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "-";

    /// <summary>Closed loop for <paramref name="duration"/>; records latencies per worker when given; returns the errors.</summary>
    private static async Task<int> LoopAsync(
        HttpClient http,
        List<string> urls,
        int concurrency,
        TimeSpan duration,
        List<double>[]? latencies
    )
    {
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var next = -1;
        var workers = Enumerable
            .Range(0, concurrency)
            .Select(async w =>
            {
                List<double> mine = [];
                if (latencies is not null)
                {
                    latencies[w] = mine;
                }
                while (clock.Elapsed < duration)
                {
                    var url = urls[(int)((uint)Interlocked.Increment(ref next) % (uint)urls.Count)];
                    var start = Stopwatch.GetTimestamp();
                    try
                    {
                        using var response = await http.GetAsync(new Uri(url, UriKind.Relative));
                        await response.Content.ReadAsByteArrayAsync();
                        if (!response.IsSuccessStatusCode && response.StatusCode != System.Net.HttpStatusCode.NotFound)
                        {
                            Interlocked.Increment(ref errors);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref errors);
                    }
                    catch (TaskCanceledException)
                    {
                        Interlocked.Increment(ref errors);
                    }
                    mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            });
        await Task.WhenAll(workers);
        return latencies is null ? 0 : errors;
    }

    /// <summary>
    /// CPU time the app process used so far (0 without a pid). CPU per request is the figure that survives
    /// a shared machine: latency and throughput depend on what else runs, the work per request does not.
    /// </summary>
    private static TimeSpan AppCpu(int pid)
    {
        if (pid <= 0)
        {
            return TimeSpan.Zero;
        }
        using var process = Process.GetProcessById(pid);
        return process.TotalProcessorTime;
    }

    private static double P(double[] sorted, double q) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];

    private sealed record Pair(string From, string To);

    private sealed record Inputs(IReadOnlyList<string> Search, IReadOnlyList<string> Nodes, IReadOnlyList<Pair> Pairs)
    {
        /// <summary>Seed-graph inputs: names, aliases and partial words in both languages; hub and leaf nodes; near and far pairs.</summary>
        public static Inputs Seed() =>
            new(
                [
                    "防衛装備庁",
                    "ATLA",
                    "経済安全保障",
                    "千人計画",
                    "内閣府",
                    "MEXT",
                    "security",
                    "研究",
                    "Thousand",
                    "ＡＴＬＡ",
                    "輸出",
                    "fund",
                ],
                [
                    "org-atla",
                    "org-mod",
                    "org-govt-japan",
                    "prog-thousand-talents",
                    "chr-econsec-chronicle",
                    "pub-yomiuri",
                    "bill-econsec-promotion",
                    "org-cabinet-office",
                ],
                [
                    new("org-atla", "org-mod"),
                    new("org-atla", "prog-thousand-talents"),
                    new("org-mext", "bill-econsec-promotion"),
                    new("pub-nikkei", "org-nss"),
                    new("org-cabinet-office", "fund-econsec"),
                ]
            );

        /// <summary>Inputs from a generated graph's queries.json (ids become the imported keys <c>g-N</c>).</summary>
        public static Inputs FromQueries(string file)
        {
            var json = JObject.Parse(File.ReadAllText(file));
            var nodes = json["nodes"]!.Select(n => "g-" + (int)n["id"]!).ToList();
            var pairs = json["pairs"]!
                .Select(p => new Pair("g-" + (int)p["from"]!["id"]!, "g-" + (int)p["to"]!["id"]!))
                .ToList();
            var search = json["prefixes"]!
                .Concat(json["substrings"]!)
                .Concat(json["fullTextTerms"]!)
                .Select(t => (string)t!)
                .ToList();
            return new Inputs(search, nodes, pairs);
        }
    }
}
