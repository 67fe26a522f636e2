namespace EconSecGraph.Web.Configuration;

/// <summary>Loading graph-seed at start-up (section <c>Seed</c>).</summary>
public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    /// <summary>Validate and load the seed (idempotently) when the app starts.</summary>
    public bool LoadOnStart { get; set; } = true;

    /// <summary>The graph-seed folder; empty means the copy published next to the app, else the repository's.</summary>
    public string Directory { get; set; } = string.Empty;
}
