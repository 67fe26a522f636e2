namespace EconSecGraph.Bench.Compare;

/// <summary>The targets (medians, same machine, same run).</summary>
public static class Targets
{
    /// <summary>Traversal and search: at least this many times faster than Kuzu.</summary>
    public const double KuzuSpeedup = 10;

    /// <summary>…and within this factor of the array baseline…</summary>
    public const double BaselineFactor = 20;

    /// <summary>…or within this many microseconds, whichever is larger.</summary>
    public const double FloorMicroseconds = 50;

    /// <summary>Load and peak memory: at most this factor of the baseline's.</summary>
    public const double LoadAndMemoryFactor = 2;

    public static bool MeetsKuzu(double ours, double kuzu) => ours * KuzuSpeedup <= kuzu;

    public static bool MeetsBaseline(double ours, double baseline) =>
        ours <= Math.Max(baseline * BaselineFactor, FloorMicroseconds);
}
