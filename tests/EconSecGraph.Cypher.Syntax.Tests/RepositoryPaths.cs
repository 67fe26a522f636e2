namespace EconSecGraph.Cypher.Syntax.Tests;

/// <summary>Finds files in the repository (the TCK copy, fixtures) from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string TckFeatures => Path.Combine(Root, "tests", "EconSecGraph.Cypher.Tests", "Tck", "features");

    public static string SyntaxTests => Path.Combine(Root, "tests", "EconSecGraph.Cypher.Syntax.Tests");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EconSecGraph.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName
            ?? throw new InvalidOperationException("EconSecGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
