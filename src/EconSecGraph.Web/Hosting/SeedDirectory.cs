namespace EconSecGraph.Web.Hosting;

/// <summary>
/// Finds graph-seed: the configured folder (relative to the content root), else the copy published next
/// to the app, else the repository's (for <c>dotnet run</c> from a clone).
/// </summary>
public static class SeedDirectory
{
    public static string? Resolve(string configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }
        string[] candidates =
        [
            Path.Combine(AppContext.BaseDirectory, "graph-seed"),
            Path.GetFullPath(Path.Combine(contentRoot, "..", "..", "graph-seed")),
            Path.Combine(contentRoot, "graph-seed"),
        ];
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "schema.yaml")));
    }
}
