namespace EconSecGraph.Deployment.Tests;

/// <summary>Finds files of the repository this test was built from.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "EconSecGraph.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No EconSecGraph.sln above {AppContext.BaseDirectory}.");
    }
}
