using EconSecGraph.Seed.Sources;

namespace EconSecGraph.Seed.Tests;

/// <summary>Finds the repository's graph-seed folder from the test's output directory.</summary>
internal static class SeedPaths
{
    public static string Directory =>
        SeedSource.LocateDirectory(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("graph-seed/ not found above " + AppContext.BaseDirectory);

    public static SeedSource Repository() => SeedSource.FromDirectory(Directory);
}
