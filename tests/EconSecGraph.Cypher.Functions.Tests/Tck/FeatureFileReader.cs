using System.Text.RegularExpressions;

namespace EconSecGraph.Cypher.Functions.Tests.Tck;

/// <summary>Reads the TCK's Gherkin feature files into scenarios, expanding Scenario Outlines by their Examples.</summary>
internal static partial class FeatureFileReader
{
    [GeneratedRegex(
        @"^Then an? (?<type>\w+) should be raised at (?<phase>[\w ]+): (?<detail>\S+)$",
        RegexOptions.None,
        1000
    )]
    private static partial Regex ErrorLine();

    public static IEnumerable<FeatureScenario> Read(string path)
    {
        var feature = Path.GetFileNameWithoutExtension(path);
        var lines = File.ReadAllLines(path);
        var i = 0;
        while (i < lines.Length)
        {
            var line = lines[i].Trim();
            if (!line.StartsWith("Scenario", StringComparison.Ordinal))
            {
                i++;
                continue;
            }
            var outline = line.StartsWith("Scenario Outline:", StringComparison.Ordinal);
            var name = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
            i++;
            var template = new FeatureScenario { Feature = feature, Name = name };
            List<string[]>? examples = null;
            string? pending = null;
            while (i < lines.Length)
            {
                line = lines[i].Trim();
                if (line.StartsWith("Scenario", StringComparison.Ordinal) || line.StartsWith('@'))
                {
                    break;
                }
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    i++;
                    continue;
                }
                if (line.StartsWith("\"\"\"", StringComparison.Ordinal))
                {
                    var block = new List<string>();
                    i++;
                    while (i < lines.Length && !lines[i].Trim().StartsWith("\"\"\"", StringComparison.Ordinal))
                    {
                        block.Add(lines[i].Trim());
                        i++;
                    }
                    i++;
                    var text = string.Join("\n", block);
                    if (pending == "query")
                    {
                        template.Query = text;
                    }
                    else if (pending == "setup")
                    {
                        template.Setup.Add(text);
                    }
                    continue;
                }
                if (line.StartsWith('|'))
                {
                    var table = new List<string[]>();
                    while (i < lines.Length && lines[i].Trim().StartsWith('|'))
                    {
                        table.Add(Cells(lines[i].Trim()));
                        i++;
                    }
                    if (pending == "params")
                    {
                        foreach (var row in table)
                        {
                            template.Parameters[row[0]] = row[1];
                        }
                    }
                    else if (pending == "result")
                    {
                        template.Expected.AddRange(table);
                    }
                    else if (pending == "examples")
                    {
                        examples = table;
                    }
                    continue;
                }
                if (line.Contains("having executed", StringComparison.Ordinal))
                {
                    pending = "setup";
                }
                else if (line.Contains("parameters are", StringComparison.Ordinal))
                {
                    pending = "params";
                }
                else if (line.Contains("executing query", StringComparison.Ordinal))
                {
                    pending = "query";
                }
                else if (line.Contains("executing control query", StringComparison.Ordinal))
                {
                    pending = "control";
                    template.ErrorType = "control-query";
                }
                else if (line.StartsWith("Then the result should be empty", StringComparison.Ordinal))
                {
                    template.ExpectEmpty = true;
                    pending = null;
                }
                else if (line.StartsWith("Then the result should be", StringComparison.Ordinal))
                {
                    template.InOrder =
                        line.Contains("in order", StringComparison.Ordinal)
                        && !line.Contains("any order", StringComparison.Ordinal);
                    template.IgnoreListOrder = line.Contains("ignoring element order", StringComparison.Ordinal);
                    pending = "result";
                }
                else if (ErrorLine().Match(line) is { Success: true } m)
                {
                    template.ErrorType = m.Groups["type"].Value;
                    template.ErrorPhase = m.Groups["phase"].Value;
                    template.ErrorDetail = m.Groups["detail"].Value;
                    pending = null;
                }
                else if (line.StartsWith("Examples", StringComparison.Ordinal))
                {
                    pending = "examples";
                }
                else
                {
                    pending = null;
                }
                i++;
            }
            if (!outline || examples is null)
            {
                yield return template;
                continue;
            }
            var header = examples[0];
            for (var r = 1; r < examples.Count; r++)
            {
                var row = examples[r];
                string Sub(string s)
                {
                    for (var c = 0; c < header.Length; c++)
                    {
                        s = s.Replace("<" + header[c] + ">", row[c], StringComparison.Ordinal);
                    }
                    return s;
                }
                var scenario = new FeatureScenario
                {
                    Feature = feature,
                    Name = name + " #" + r + ": " + string.Join(" | ", row),
                    Query = Sub(template.Query),
                    InOrder = template.InOrder,
                    IgnoreListOrder = template.IgnoreListOrder,
                    ExpectEmpty = template.ExpectEmpty,
                    ErrorType = template.ErrorType,
                    ErrorPhase = template.ErrorPhase,
                    ErrorDetail = template.ErrorDetail,
                };
                scenario.Setup.AddRange(template.Setup.Select(Sub));
                foreach (var (k, v) in template.Parameters)
                {
                    scenario.Parameters[k] = Sub(v);
                }
                scenario.Expected.AddRange(template.Expected.Select(cells => cells.Select(Sub).ToArray()));
                yield return scenario;
            }
        }
    }

    /// <summary>Splits a Gherkin table row on unescaped bars and applies Gherkin's cell escapes (\\, \|, \n).</summary>
    private static string[] Cells(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var body = line.Trim();
        for (var i = 1; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\\' && i + 1 < body.Length && body[i + 1] is '\\' or '|' or 'n')
            {
                current.Append(body[i + 1] == 'n' ? '\n' : body[i + 1]);
                i++;
            }
            else if (c == '|')
            {
                cells.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        return [.. cells];
    }
}
