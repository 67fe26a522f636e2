using System.Globalization;
using System.Text;

namespace EconSecGraph.Cypher.Tests.TckRunner;

/// <summary>
/// Reads the subset of Gherkin the openCypher TCK uses: Feature, Background, Scenario, Scenario Outline
/// with Examples (expanded, placeholders substituted), steps with doc strings and tables, tags, comments.
/// </summary>
public static class GherkinReader
{
    public static IReadOnlyList<TckScenario> Read(string relativePath, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var scenarios = new List<TckScenario>();
        var feature = string.Empty;
        List<TckStep>? background = null;
        List<TckStep>? steps = null;
        string? scenarioName = null;
        var outline = false;
        List<string[]>? examples = null;
        var inBackground = false;

        void Flush()
        {
            if (scenarioName is null || steps is null)
            {
                return;
            }
            var all = new List<TckStep>(background ?? []);
            all.AddRange(steps);
            if (!outline)
            {
                scenarios.Add(new TckScenario(relativePath, feature, scenarioName, null, all));
            }
            else if (examples is not { Count: > 1 })
            {
                // An outline without example rows would silently vanish from the count: keep it, failing.
                scenarios.Add(
                    new TckScenario(
                        relativePath,
                        feature,
                        scenarioName,
                        null,
                        [.. all, new TckStep("<outline has no Examples rows>", null, null)]
                    )
                );
            }
            else
            {
                var header = examples[0];
                for (var i = 1; i < examples.Count; i++)
                {
                    var row = examples[i];
                    if (row.Length != header.Length)
                    {
                        throw new FormatException(
                            relativePath
                                + ": example row "
                                + Number(i)
                                + " of '"
                                + scenarioName
                                + "' has the wrong width"
                        );
                    }
                    var map = header
                        .Select((h, j) => (h, row[j]))
                        .ToDictionary(p => p.h, p => p.Item2, StringComparer.Ordinal);
                    scenarios.Add(
                        new TckScenario(relativePath, feature, scenarioName, i, [.. all.Select(s => s.Substitute(map))])
                    );
                }
            }
            scenarioName = null;
            steps = null;
            examples = null;
            outline = false;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith('@'))
            {
                continue;
            }
            if (line.StartsWith("Feature:", StringComparison.Ordinal))
            {
                feature = line["Feature:".Length..].Trim();
                continue;
            }
            if (line.StartsWith("Background:", StringComparison.Ordinal))
            {
                inBackground = true;
                background = [];
                continue;
            }
            if (
                line.StartsWith("Scenario Outline:", StringComparison.Ordinal)
                || line.StartsWith("Scenario Template:", StringComparison.Ordinal)
            )
            {
                Flush();
                inBackground = false;
                scenarioName = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
                outline = true;
                steps = [];
                continue;
            }
            if (line.StartsWith("Scenario:", StringComparison.Ordinal))
            {
                Flush();
                inBackground = false;
                scenarioName = line["Scenario:".Length..].Trim();
                steps = [];
                continue;
            }
            if (line.StartsWith("Examples:", StringComparison.Ordinal))
            {
                // Several Examples blocks add up; each repeats the header.
                var firstBlock = examples is null;
                examples ??= [];
                var headerRow = true;
                while (
                    i + 1 < lines.Length
                    && (
                        lines[i + 1].Trim().StartsWith('|')
                        || lines[i + 1].Trim().Length == 0
                        || lines[i + 1].Trim().StartsWith('#')
                    )
                )
                {
                    i++;
                    if (lines[i].Trim().StartsWith('|'))
                    {
                        if (headerRow && !firstBlock)
                        {
                            headerRow = false;
                            continue;
                        }
                        headerRow = false;
                        examples.Add(SplitRow(lines[i].Trim()));
                    }
                }
                continue;
            }
            var keyword = new[] { "Given ", "When ", "Then ", "And ", "But " }.FirstOrDefault(k =>
                line.StartsWith(k, StringComparison.Ordinal)
            );
            if (keyword is null)
            {
                // Never drop a line we do not understand: it becomes a step the executor rejects.
                (inBackground ? background : steps)?.Add(new TckStep("<unrecognised line> " + line, null, null));
                continue;
            }
            var stepText = line[keyword.Length..].Trim();
            string? doc = null;
            List<string[]>? table = null;
            if (i + 1 < lines.Length && lines[i + 1].Trim().StartsWith("\"\"\"", StringComparison.Ordinal))
            {
                var indent = lines[i + 1].IndexOf('"', StringComparison.Ordinal);
                i++;
                var sb = new StringBuilder();
                while (i + 1 < lines.Length && !lines[i + 1].Trim().StartsWith("\"\"\"", StringComparison.Ordinal))
                {
                    i++;
                    var l = lines[i];
                    var strip = 0;
                    while (strip < indent && strip < l.Length && l[strip] == ' ')
                    {
                        strip++;
                    }
                    sb.Append(l[strip..]).Append('\n');
                }
                i++;
                doc = sb.ToString().TrimEnd('\n');
            }
            else if (i + 1 < lines.Length && lines[i + 1].Trim().StartsWith('|'))
            {
                table = [];
                while (i + 1 < lines.Length && lines[i + 1].Trim().StartsWith('|'))
                {
                    i++;
                    table.Add(SplitRow(lines[i].Trim()));
                }
            }
            var step = new TckStep(stepText, doc, table);
            if (inBackground)
            {
                background!.Add(step);
            }
            else
            {
                steps?.Add(step);
            }
        }
        Flush();
        return scenarios;
    }

    /// <summary>Splits <c>| a | b |</c> into cells, honouring <c>\|</c> and <c>\\</c> escapes.</summary>
    public static string[] SplitRow(string row)
    {
        var cells = new List<string>();
        var sb = new StringBuilder();
        for (var i = 1; i < row.Length; i++)
        {
            var c = row[i];
            if (c == '\\' && i + 1 < row.Length && (row[i + 1] == '|' || row[i + 1] == '\\'))
            {
                sb.Append(row[i + 1]);
                i++;
            }
            else if (c == '|')
            {
                cells.Add(sb.ToString().Trim());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }
        return [.. cells];
    }

    internal static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
