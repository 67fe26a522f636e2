using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace EconSecGraph.Cypher.Functions.Tests.Tck;

/// <summary>
/// Reads the openCypher TCK expression features from the repository and runs every row the tiny evaluator can
/// express through the function library. Rows needing a graph, aggregation or clauses beyond WITH/UNWIND/RETURN
/// are skipped and counted.
/// </summary>
public class TckTableTests(ITestOutputHelper output)
{
    /// <summary>Rows known to differ, with the reason (kept empty unless a difference is deliberate).</summary>
    private static readonly Dictionary<string, string> s_knownDifferences = new(StringComparer.Ordinal);

    public static TheoryData<string> Families =>
        new()
        {
            "temporal",
            "typeConversion",
            "comparison",
            "null",
            "boolean",
            "list",
            "string",
            "mathematical",
            "aggregation",
            "literals",
            "map",
        };

    [Theory]
    [MemberData(nameof(Families))]
    public void TckFeatures_RowsTheEvaluatorCanRun_AllPass(string family)
    {
        var dir = Path.Combine(TckTableRunner.FeaturesDirectory(), family);
        var passed = 0;
        var skipped = 0;
        var failures = new List<string>();
        var report = new StringBuilder();
        foreach (var file in Directory.GetFiles(dir, "*.feature").OrderBy(f => f, StringComparer.Ordinal))
        {
            int fp = 0,
                ff = 0,
                fs = 0;
            foreach (var scenario in FeatureFileReader.Read(file))
            {
                var (outcome, message) = TckTableRunner.Run(scenario);
                switch (outcome)
                {
                    case TckTableRunner.Outcome.Passed:
                        passed++;
                        fp++;
                        break;
                    case TckTableRunner.Outcome.Skipped:
                        skipped++;
                        fs++;
                        break;
                    default:
                        if (!s_knownDifferences.ContainsKey(scenario.Id))
                        {
                            failures.Add(scenario.Id + "\n    " + message);
                        }
                        ff++;
                        break;
                }
            }
            report.AppendLine(
                CultureInfo.InvariantCulture,
                $"{Path.GetFileNameWithoutExtension(file), -18} run {fp + ff, 4}  passed {fp, 4}  failed {ff, 3}  skipped {fs, 4}"
            );
        }
        output.WriteLine(report.ToString());
        output.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{family}: run {passed + failures.Count}, passed {passed}, skipped {skipped}"
            )
        );
        foreach (var f in failures)
        {
            output.WriteLine("FAIL " + f);
        }
        Assert.True(passed > 0, "no TCK rows ran for " + family);
        Assert.True(
            failures.Count == 0,
            family + ": " + failures.Count + " TCK rows failed:\n" + string.Join("\n", failures.Take(40))
        );
    }
}
