namespace EconSecGraph.Web.Tests.Support;

/// <summary>Folders of the repository the tests use (never the shared reference folder).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seed => Path.Combine(Root, "graph-seed");

    public static string TestProject => Path.Combine(Root, "tests", "EconSecGraph.Web.Tests");

    /// <summary>Screenshots of the browser journeys, kept as test artifacts.</summary>
    public static string Screenshots
    {
        get
        {
            var dir = Path.Combine(TestProject, "TestResults", "screenshots");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EconSecGraph.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("EconSecGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
