namespace EconSecGraph.Cypher.Syntax.Tests.Tck;

/// <summary>All scenarios of the repository's TCK copy, read once.</summary>
public static class TckCorpus
{
    private static readonly Lazy<IReadOnlyList<TckScenario>> s_scenarios = new(Load);

    public static IReadOnlyList<TckScenario> Scenarios => s_scenarios.Value;

    /// <summary>Every query text in the corpus: setup queries, queries under test and control queries.</summary>
    public static IEnumerable<string> AllQueries() =>
        Scenarios
            .SelectMany(s => s.Steps)
            .Where(s => s.DocString is not null && IsQueryStep(s))
            .Select(s => s.DocString!)
            .Distinct(StringComparer.Ordinal);

    public static bool IsQueryStep(TckStep step) =>
        step.Text.StartsWith("executing query", StringComparison.Ordinal)
        || step.Text.StartsWith("having executed", StringComparison.Ordinal)
        || step.Text.StartsWith("executing control query", StringComparison.Ordinal);

    private static List<TckScenario> Load()
    {
        var root = RepositoryPaths.TckFeatures;
        var list = new List<TckScenario>();
        foreach (
            var file in Directory
                .EnumerateFiles(root, "*.feature", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
        )
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            list.AddRange(GherkinReader.Read(relative, File.ReadAllText(file)));
        }
        return list;
    }
}
