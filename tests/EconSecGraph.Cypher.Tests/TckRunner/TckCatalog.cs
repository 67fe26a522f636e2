namespace EconSecGraph.Cypher.Tests.TckRunner;

/// <summary>All TCK scenarios (from the feature files copied next to the tests) and the skip list.</summary>
public static class TckCatalog
{
    private static readonly Lazy<IReadOnlyDictionary<string, TckScenario>> s_scenarios = new(Load);
    private static readonly Lazy<IReadOnlyDictionary<string, string>> s_skips = new(LoadSkips);

    public static string Root => Path.Combine(AppContext.BaseDirectory, "Tck");

    public static IReadOnlyDictionary<string, TckScenario> Scenarios => s_scenarios.Value;

    /// <summary>Scenario id → reason, from <c>Tck/skip-list.txt</c> (<c>id | reason</c> per line).</summary>
    public static IReadOnlyDictionary<string, string> Skips => s_skips.Value;

    /// <summary>Why a scenario is skipped (only the skip list can skip one), or null.</summary>
    public static string? SkipReason(string id) => Skips.GetValueOrDefault(id);

    private static Dictionary<string, TckScenario> Load()
    {
        var features = Path.Combine(Root, "features");
        var all = new Dictionary<string, TckScenario>(StringComparer.Ordinal);
        foreach (
            var file in Directory
                .EnumerateFiles(features, "*.feature", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
        )
        {
            var relative = Path.GetRelativePath(features, file).Replace('\\', '/');
            foreach (var s in GherkinReader.Read(relative, File.ReadAllText(file)))
            {
                if (!all.TryAdd(s.Id, s))
                {
                    throw new InvalidOperationException("Two TCK scenarios share the id '" + s.Id + "'.");
                }
            }
        }
        return all;
    }

    private static Dictionary<string, string> LoadSkips()
    {
        var skips = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = Path.Combine(Root, "skip-list.txt");
        if (!File.Exists(path))
        {
            return skips;
        }
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var bar = line.LastIndexOf(" | ", StringComparison.Ordinal);
            if (bar < 0)
            {
                throw new FormatException("Every skip-list entry needs a reason: 'id | reason'. Line: " + line);
            }
            var id = line[..bar].Trim();
            var reason = line[(bar + 3)..].Trim();
            if (reason.Length == 0)
            {
                throw new FormatException("Every skip-list entry needs a reason: 'id | reason'. Line: " + line);
            }
            if (!Scenarios.ContainsKey(id))
            {
                throw new FormatException("The skip list names a scenario the TCK does not have: " + id);
            }
            skips[id] = reason;
        }
        return skips;
    }
}
