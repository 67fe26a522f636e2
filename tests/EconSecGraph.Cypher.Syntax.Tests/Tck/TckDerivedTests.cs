using EconSecGraph.Cypher.Syntax.Semantics;
using EconSecGraph.Graph.Errors;
using Xunit.Abstractions;

namespace EconSecGraph.Cypher.Syntax.Tests.Tck;

/// <summary>
/// Runs every TCK scenario through the parser and the semantic pass: compile-time errors must carry the expected
/// detail; every other query (setup included) must pass. Known gaps are listed with a reason in tck-skip-list.txt.
/// </summary>
public class TckDerivedTests(ITestOutputHelper output)
{
    private const string CompileTime = "should be raised at compile time: ";

    public sealed record Outcome(TckScenario Scenario, bool ExpectsCompileError, string? Failure);

    public static Outcome Evaluate(TckScenario scenario)
    {
        var procedures = scenario
            .Steps.Where(s => s.Text.StartsWith("there exists a procedure ", StringComparison.Ordinal))
            .Select(s => TckProcedures.ParseSignature(s.Text["there exists a procedure ".Length..].TrimEnd(':')))
            .ToList();
        var parameters = scenario
            .Steps.Where(s => s.Text.StartsWith("parameters are", StringComparison.Ordinal))
            .SelectMany(s => s.Table.Select(row => row[0]))
            .ToHashSet(StringComparer.Ordinal);
        var options = new SemanticOptions
        {
            Functions = TckFunctions.Instance,
            Procedures = new TckProcedures(procedures),
            Parameters = parameters,
        };
        var errorStep = scenario.Steps.FirstOrDefault(s => s.Text.Contains(CompileTime, StringComparison.Ordinal));
        var expectedDetail = errorStep
            ?.Text[(errorStep.Text.IndexOf(CompileTime, StringComparison.Ordinal) + CompileTime.Length)..]
            .Trim();
        foreach (var step in scenario.Steps.Where(TckCorpus.IsQueryStep))
        {
            var isMain = step.Text.StartsWith("executing query", StringComparison.Ordinal);
            var setupOptions = isMain ? options : new SemanticOptions { Functions = TckFunctions.Instance };
            CypherException? raised = null;
            try
            {
                SemanticAnalyzer.Analyze(CypherParser.Parse(step.DocString!), setupOptions);
            }
            catch (CypherException e)
            {
                raised = e;
            }
            if (isMain && expectedDetail is not null)
            {
                if (raised is null)
                {
                    return new Outcome(
                        scenario,
                        true,
                        $"expected {expectedDetail} but the query was accepted:\n{step.DocString}"
                    );
                }
                if (!string.Equals(raised.Detail, expectedDetail, StringComparison.Ordinal))
                {
                    return new Outcome(
                        scenario,
                        true,
                        $"expected {expectedDetail} but got {raised.Detail}: {raised.Message}\n{step.DocString}"
                    );
                }
                continue;
            }
            if (raised is not null)
            {
                return new Outcome(
                    scenario,
                    expectedDetail is not null,
                    $"unexpected {raised.Detail}: {raised.Message}\n{step.DocString}"
                );
            }
        }
        return new Outcome(scenario, expectedDetail is not null, null);
    }

    public static Dictionary<string, string> SkipList()
    {
        var path = Path.Combine(RepositoryPaths.SyntaxTests, "Tck", "tck-skip-list.txt");
        var skips = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var bar = line.LastIndexOf(" | ", StringComparison.Ordinal);
            Assert.True(bar > 0, "skip-list entries need a reason after ' | ': " + line);
            skips[line[..bar].Trim()] = line[(bar + 3)..].Trim();
        }
        return skips;
    }

    [Fact]
    public void Tck_EveryScenario_CompilesOrFailsWithTheExpectedDetail()
    {
        var skips = SkipList();
        var outcomes = TckCorpus.Scenarios.Select(Evaluate).ToList();
        var errorScenarios = outcomes.Where(o => o.ExpectsCompileError).ToList();
        var successScenarios = outcomes.Where(o => !o.ExpectsCompileError).ToList();
        output.WriteLine(
            $"compile-time error scenarios: {errorScenarios.Count(o => o.Failure is null)}/{errorScenarios.Count} pass; "
                + $"other scenarios (all queries compile): {successScenarios.Count(o => o.Failure is null)}/{successScenarios.Count} pass; "
                + $"skip list: {skips.Count}"
        );
        var unexpected = outcomes.Where(o => o.Failure is not null && !skips.ContainsKey(o.Scenario.Id)).ToList();
        var stale = skips.Keys.Where(id => outcomes.Any(o => o.Scenario.Id == id && o.Failure is null)).ToList();
        if (Environment.GetEnvironmentVariable("TCK_REPORT") is { Length: > 0 } report)
        {
            File.WriteAllLines(
                report,
                outcomes
                    .Where(o => o.Failure is not null)
                    .Select(o => o.Scenario.Id + "\n  " + o.Failure!.Replace("\n", "\n  ", StringComparison.Ordinal))
            );
        }
        Assert.True(
            unexpected.Count == 0,
            string.Join("\n\n", unexpected.Take(15).Select(o => o.Scenario.Id + ": " + o.Failure))
        );
        Assert.True(stale.Count == 0, "These skip-list entries pass now; remove them:\n" + string.Join("\n", stale));
    }
}
