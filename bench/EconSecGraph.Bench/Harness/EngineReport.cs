namespace EconSecGraph.Bench.Harness;

/// <summary>
/// What one engine's run produces (written as JSON by every runner, including <c>kuzu/run.mjs</c>):
/// load time, peak memory, and per operation the timings and a digest of each answer.
/// </summary>
public sealed class EngineReport
{
    public string Engine { get; set; } = "";

    public string Version { get; set; } = "";

    /// <summary>Load from CSV until queryable (indexes built), in milliseconds.</summary>
    public double LoadMs { get; set; }

    /// <summary>
    /// Load times of every fresh process that loaded the data (the full run first, then load-only runs);
    /// when there are several, <see cref="LoadMs"/> is their median. One cold process is a noisy sample.
    /// </summary>
    public List<double>? LoadSamplesMs { get; set; }

    /// <summary>Peak resident memory of the engine's process (VmHWM), in bytes.</summary>
    public long? PeakMemoryBytes { get; set; }

    /// <summary>How the engine was loaded (the statements a user would run).</summary>
    public string? LoadMethod { get; set; }

    public Dictionary<string, OperationReport> Operations { get; set; } = new(StringComparer.Ordinal);
}
