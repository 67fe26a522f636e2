using System.Diagnostics;
using System.Globalization;

namespace EconSecGraph.Bench.Harness;

/// <summary>Timing and memory helpers shared by every runner.</summary>
public static class Measure
{
    /// <summary>Runs <paramref name="action"/> once per input (after <paramref name="warmup"/> rounds) and returns per-call microseconds.</summary>
    public static double[] Samples<T>(IReadOnlyList<T> inputs, Action<T> action, int warmup = 1)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(action);
        for (var w = 0; w < warmup; w++)
        {
            foreach (var input in inputs)
            {
                action(input);
            }
        }
        var samples = new double[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action(inputs[i]);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }
        return samples;
    }

    public static double Percentile(double[] samples, double p)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Length == 0)
        {
            return double.NaN;
        }
        var sorted = (double[])samples.Clone();
        Array.Sort(sorted);
        var rank = p * (sorted.Length - 1);
        var lo = (int)Math.Floor(rank);
        var hi = (int)Math.Ceiling(rank);
        return sorted[lo] + ((sorted[hi] - sorted[lo]) * (rank - lo));
    }

    /// <summary>Peak resident memory of this process (VmHWM), in bytes; falls back to the peak working set.</summary>
    public static long PeakMemoryBytes()
    {
        const string Path = "/proc/self/status";
        if (File.Exists(Path))
        {
            foreach (var line in File.ReadLines(Path))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
