using System.Text;

namespace EconSecGraph.Cypher.Syntax.Tests.Tck;

/// <summary>
/// A small reader for the subset of Gherkin the openCypher TCK uses: Feature, Background, Scenario,
/// Scenario Outline + Examples, steps with doc strings ("""), tables and tags.
/// </summary>
public static class GherkinReader
{
    public static List<TckScenario> Read(string featureName, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var scenarios = new List<TckScenario>();
        List<TckStep>? background = null;
        List<TckStep>? steps = null;
        string? name = null;
        var outline = false;
        var tags = new List<string>();
        var pendingTags = new List<string>();
        List<List<string>>? examples = null;
        var inExamples = false;

        void Flush()
        {
            if (name is null || steps is null)
            {
                return;
            }
            var all = new List<TckStep>();
            if (background is not null)
            {
                all.AddRange(background);
            }
            all.AddRange(steps);
            if (!outline)
            {
                scenarios.Add(new TckScenario(featureName, name, tags, all));
            }
            else if (examples is { Count: > 1 })
            {
                var header = examples[0];
                for (var r = 1; r < examples.Count; r++)
                {
                    var row = examples[r];
                    string Substitute(string s)
                    {
                        for (var c = 0; c < header.Count; c++)
                        {
                            s = s.Replace("<" + header[c] + ">", row[c], StringComparison.Ordinal);
                        }
                        return s;
                    }
                    var expanded = all.Select(step => new TckStep(
                            Substitute(step.Text),
                            step.DocString is null ? null : Substitute(step.DocString),
                            step.Table.Select(cells => (IReadOnlyList<string>)cells.Select(Substitute).ToList())
                                .ToList()
                        ))
                        .ToList();
                    scenarios.Add(new TckScenario(featureName, $"{name} #{r}", tags, expanded));
                }
            }
            name = null;
            steps = null;
            examples = null;
            inExamples = false;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (line.StartsWith('@'))
            {
                pendingTags.AddRange(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                continue;
            }
            if (line.StartsWith("Feature:", StringComparison.Ordinal))
            {
                pendingTags.Clear();
                continue;
            }
            if (line.StartsWith("Background:", StringComparison.Ordinal))
            {
                Flush();
                background = [];
                steps = background;
                name = null;
                continue;
            }
            if (
                line.StartsWith("Scenario Outline:", StringComparison.Ordinal)
                || line.StartsWith("Scenario:", StringComparison.Ordinal)
            )
            {
                Flush();
                outline = line.StartsWith("Scenario Outline:", StringComparison.Ordinal);
                name = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
                steps = [];
                tags = [.. pendingTags];
                pendingTags.Clear();
                continue;
            }
            if (line.StartsWith("Examples:", StringComparison.Ordinal))
            {
                examples = [];
                inExamples = true;
                continue;
            }
            if (line.StartsWith('|'))
            {
                var cells = SplitRow(line);
                if (inExamples)
                {
                    examples!.Add(cells);
                }
                else if (steps is { Count: > 0 })
                {
                    var last = steps[^1];
                    var table = last.Table.ToList();
                    table.Add(cells);
                    steps[^1] = last with { Table = table };
                }
                continue;
            }
            if (line.StartsWith("\"\"\"", StringComparison.Ordinal))
            {
                var indent = lines[i].IndexOf('"', StringComparison.Ordinal);
                var sb = new StringBuilder();
                i++;
                while (i < lines.Length && !lines[i].Trim().StartsWith("\"\"\"", StringComparison.Ordinal))
                {
                    var raw = lines[i];
                    var cut = 0;
                    while (cut < indent && cut < raw.Length && raw[cut] == ' ')
                    {
                        cut++;
                    }
                    if (sb.Length > 0)
                    {
                        sb.Append('\n');
                    }
                    sb.Append(raw[cut..]);
                    i++;
                }
                if (steps is { Count: > 0 })
                {
                    steps[^1] = steps[^1] with { DocString = sb.ToString() };
                }
                continue;
            }
            foreach (var keyword in new[] { "Given ", "When ", "Then ", "And ", "But " })
            {
                if (line.StartsWith(keyword, StringComparison.Ordinal))
                {
                    steps?.Add(new TckStep(line[keyword.Length..].Trim(), null, []));
                    break;
                }
            }
        }
        Flush();
        return scenarios;
    }

    private static List<string> SplitRow(string line)
    {
        var cells = new List<string>();
        var sb = new StringBuilder();
        for (var i = 1; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\' && i + 1 < line.Length)
            {
                var n = line[i + 1];
                sb.Append(
                    n switch
                    {
                        '|' => "|",
                        'n' => "\n",
                        '\\' => "\\",
                        _ => "\\" + n,
                    }
                );
                i++;
                continue;
            }
            if (c == '|')
            {
                cells.Add(sb.ToString().Trim());
                sb.Clear();
                continue;
            }
            sb.Append(c);
        }
        return cells;
    }
}
