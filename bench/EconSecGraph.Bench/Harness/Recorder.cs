using System.Diagnostics;

namespace EconSecGraph.Bench.Harness;

/// <summary>Runs an operation over its inputs (warm-up rounds, then one timed call each) and records timings and digests.</summary>
public sealed class Recorder(EngineReport report)
{
    private static readonly TimeSpan WarmupTime = TimeSpan.FromSeconds(1);

    public EngineReport Report { get; } = report;

    /// <summary>Times <paramref name="run"/> per input; the answer is digested outside the timed region.</summary>
    public void Run<TInput, TAnswer>(
        string operation,
        IReadOnlyList<TInput> inputs,
        Func<TInput, TAnswer> run,
        Func<TAnswer, string> digest,
        IReadOnlyList<TInput>? warmup = null
    )
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(digest);
        // Warm-up until the code is hot: the JIT recompiles a method optimised only after ~30 calls, a
        // 100 ms quiet period and a background compile, so reads repeat their round until 1 s has passed
        // (not a fixed number of rounds: 20 rounds of a microsecond operation are over in milliseconds);
        // writes run their own warm-up list once (not repeatable).
        var warmStart = Stopwatch.GetTimestamp();
        do
        {
            foreach (var input in warmup ?? inputs)
            {
                run(input);
            }
        } while (warmup is null && Stopwatch.GetElapsedTime(warmStart) < WarmupTime);
        var result = new OperationReport();
        foreach (var input in inputs)
        {
            var start = Stopwatch.GetTimestamp();
            var answer = run(input);
            result.Samples.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            result.Results.Add(digest(answer));
        }
        Report.Operations[operation] = result;
        Console.Error.WriteLine(
            $"  {Report.Engine, -8} {operation, -28} median {Measure.Percentile([.. result.Samples], 0.5), 12:F1} µs  peak so far {Measure.PeakMemoryBytes() / 1048576, 5} MiB"
        );
    }
}
