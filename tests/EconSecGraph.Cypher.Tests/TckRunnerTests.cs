using System.Globalization;
using EconSecGraph.Cypher.Tests.TckRunner;

namespace EconSecGraph.Cypher.Tests;

/// <summary>
/// The TCK runner must be able to fail: every passing scenario, with one expectation changed, has to be
/// reported as failing (a wrong value, an integer written as a float, a dropped label, a changed string, a missing or extra row, wrong order, wrong side effects, wrong
/// error type, detail or phase, a dropped result step). Runs on every 5th scenario by default;
/// <c>TCK_MUTATE_ALL=1</c> mutates them all.
/// </summary>
public sealed class TckRunnerTests
{
    private static readonly string[] s_results =
    [
        "the result should be, in any order:",
        "the result should be, in order:",
        "the result should be (ignoring element order for lists):",
        "the result should be, in order (ignoring element order for lists):",
    ];

    [Fact]
    public async Task Runner_MutatedExpectations_AllFail()
    {
        var every = string.Equals(Environment.GetEnvironmentVariable("TCK_MUTATE_ALL"), "1", StringComparison.Ordinal)
            ? 1
            : 5;
        var escaped = new List<string>();
        var tried = 0;
        var index = 0;
        foreach (var (id, scenario) in TckCatalog.Scenarios)
        {
            if (index++ % every != 0 || TckCatalog.SkipReason(id) is not null)
            {
                continue;
            }
            if (await TckExecutor.RunAsync(scenario) is not null)
            {
                continue; // a failing scenario cannot show that a mutation is caught
            }
            foreach (var (name, mutant) in Mutants(scenario))
            {
                tried++;
                if (await TckExecutor.RunAsync(mutant) is null)
                {
                    escaped.Add(id + " (" + name + ")");
                }
            }
        }
        Assert.True(tried > 400, "too few mutants: " + tried.ToString(CultureInfo.InvariantCulture));
        Assert.True(escaped.Count == 0, "mutants the runner let pass:\n" + string.Join("\n", escaped));
    }

    [Fact]
    public void Reader_OutlineExamples_AllExpanded()
    {
        const string text = """"
            Feature: F
              Scenario Outline: o
                Given an empty graph
                When executing query:
                  """
                  RETURN <v> AS v
                  """
                Then the result should be, in any order:
                  | v   |
                  | <v> |
                And no side effects

                Examples:
                  | v |
                  | 1 |
                  | 2 |

                Examples:
                  | v |
                  | 3 |
            """";
        var scenarios = GherkinReader.Read("x/F.feature", text);
        Assert.Equal(["RETURN 1 AS v", "RETURN 2 AS v", "RETURN 3 AS v"], scenarios.Select(s => s.Steps[1].DocString));
    }

    [Fact]
    public async Task Reader_UnknownLine_FailsTheScenario()
    {
        const string text = """"
            Feature: F
              Scenario: s
                Given an empty graph
                When executing query:
                  """
                  RETURN 1 AS v
                  """
                Then the result should be, in any order:
                  | v |
                  | 1 |
                * something the runner does not know
            """";
        var scenario = Assert.Single(GherkinReader.Read("x/F.feature", text));
        var failure = await TckExecutor.RunAsync(scenario);
        Assert.NotNull(failure);
        Assert.Contains("unsupported step", failure, StringComparison.Ordinal);
    }

    /// <summary>
    /// The feature files are the upstream TCK at the commit in TCK_COMMIT, unedited (line endings aside): an
    /// expectation changed to make a scenario pass would change this digest. Update it only when re-copying the TCK.
    /// </summary>
    [Fact]
    public void Catalog_FeatureFiles_AreTheRecordedUpstreamCopy()
    {
        var root = Path.Combine(TckCatalog.Root, "features");
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(
            System.Security.Cryptography.HashAlgorithmName.SHA256
        );
        var files = Directory
            .EnumerateFiles(root, "*.feature", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var rel in files)
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(rel + "\n"));
            var text = File.ReadAllText(Path.Combine(root, rel)).Replace("\r\n", "\n", StringComparison.Ordinal);
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(text));
        }
        Assert.Equal(196, files.Count);
        Assert.Equal(
            "a5f5d81d87d592248dab76910e5973322ba1e9950e8c9344e4cc1ecbea6a3f32",
            Convert.ToHexStringLower(sha.GetHashAndReset())
        );
    }

    private static IEnumerable<(string Name, TckScenario Mutant)> Mutants(TckScenario s)
    {
        var steps = s.Steps;
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            if (s_results.Contains(step.Text, StringComparer.Ordinal) && step.Table is { Count: > 1 } table)
            {
                var cell = table.Select(r => (string[])r.Clone()).ToList();
                cell[1][0] = "'tck-mutation'";
                yield return ("changed value", Replace(s, i, step with { Table = cell }));
                foreach (var (name, mutate) in s_cellMutations)
                {
                    var (row, col) = FindCell(table, mutate);
                    if (row > 0)
                    {
                        var changed = table.Select(r => (string[])r.Clone()).ToList();
                        changed[row][col] = mutate(changed[row][col])!;
                        yield return (name, Replace(s, i, step with { Table = changed }));
                    }
                }
                yield return ("missing row", Replace(s, i, step with { Table = [.. table.Take(table.Count - 1)] }));
                yield return ("extra row", Replace(s, i, step with { Table = [.. table, table[1]] }));
                if (
                    step.Text.Contains("in order", StringComparison.Ordinal)
                    && !step.Text.Contains("ignoring", StringComparison.Ordinal)
                    && table.Count > 2
                    && !table[1].SequenceEqual(table[^1], StringComparer.Ordinal)
                )
                {
                    yield return (
                        "reversed order",
                        Replace(s, i, step with { Table = [table[0], .. table.Skip(1).Reverse()] })
                    );
                }
                yield return ("dropped result step", Remove(s, i));
            }
            else if (string.Equals(step.Text, "the result should be empty", StringComparison.Ordinal))
            {
                yield return ("dropped result step", Remove(s, i));
            }
            else if (string.Equals(step.Text, "no side effects", StringComparison.Ordinal))
            {
                yield return (
                    "side effect where none",
                    Replace(
                        s,
                        i,
                        new TckStep(
                            "the side effects should be:",
                            null,
                            [
                                ["+nodes", "1"],
                            ]
                        )
                    )
                );
            }
            else if (string.Equals(step.Text, "the side effects should be:", StringComparison.Ordinal))
            {
                var counts = step.Table!.Select(r => (string[])r.Clone()).ToList();
                counts[0][1] = (int.Parse(counts[0][1], CultureInfo.InvariantCulture) + 1).ToString(
                    CultureInfo.InvariantCulture
                );
                yield return ("wrong side-effect count", Replace(s, i, step with { Table = counts }));
                if (step.Table!.Any(r => r[1] != "0"))
                {
                    yield return ("dropped side-effects step", Remove(s, i));
                }
            }
            else if (step.Text.Contains(" should be raised at ", StringComparison.Ordinal))
            {
                var colon = step.Text.LastIndexOf(':');
                var detail = step.Text[(colon + 1)..].Trim();
                if (detail != "*")
                {
                    yield return (
                        "wrong error detail",
                        Replace(s, i, step with { Text = step.Text[..(colon + 1)] + " TckMutation" })
                    );
                }
                var otherType = step.Text.StartsWith("a TypeError", StringComparison.Ordinal)
                    ? step.Text.Replace("a TypeError", "a SyntaxError", StringComparison.Ordinal)
                    : "a TypeError" + step.Text[step.Text.IndexOf(" should", StringComparison.Ordinal)..];
                yield return ("wrong error type", Replace(s, i, step with { Text = otherType }));
                if (step.Text.Contains("at compile time", StringComparison.Ordinal))
                {
                    yield return (
                        "wrong phase",
                        Replace(
                            s,
                            i,
                            step with
                            {
                                Text = step.Text.Replace("at compile time", "at runtime", StringComparison.Ordinal),
                            }
                        )
                    );
                }
                else if (step.Text.Contains("at runtime", StringComparison.Ordinal))
                {
                    yield return (
                        "wrong phase",
                        Replace(
                            s,
                            i,
                            step with
                            {
                                Text = step.Text.Replace("at runtime", "at compile time", StringComparison.Ordinal),
                            }
                        )
                    );
                }
                yield return ("dropped error step", Remove(s, i));
            }
        }
    }

    /// <summary>Small changes to one expected cell that an exact comparison must notice (null: not applicable).</summary>
    private static readonly (string Name, Func<string, string?> Mutate)[] s_cellMutations =
    [
        (
            "integer written as float",
            c => System.Text.RegularExpressions.Regex.IsMatch(c, @"^-?\d+$") ? c + ".0" : null
        ),
        (
            "node label dropped",
            c =>
                System.Text.RegularExpressions.Regex.Match(c, @"^\(:(\w+)") is { Success: true } m
                    ? "(" + c[m.Length..]
                    : null
        ),
        ("string changed", c => c.Length > 1 && c[0] == '\'' && c[^1] == '\'' ? c[..^1] + "~'" : null),
    ];

    private static (int Row, int Column) FindCell(IReadOnlyList<string[]> table, Func<string, string?> mutate)
    {
        for (var r = 1; r < table.Count; r++)
        {
            for (var c = 0; c < table[r].Length; c++)
            {
                if (mutate(table[r][c]) is not null)
                {
                    return (r, c);
                }
            }
        }
        return (-1, -1);
    }

    private static TckScenario Replace(TckScenario s, int index, TckStep step) =>
        s with
        {
            Steps = [.. s.Steps.Select((x, i) => i == index ? step : x)],
        };

    private static TckScenario Remove(TckScenario s, int index) =>
        s with
        {
            Steps = [.. s.Steps.Where((_, i) => i != index)],
        };
}
