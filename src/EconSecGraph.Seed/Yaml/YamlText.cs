using EconSecGraph.Seed.Model;
using EconSecGraph.Seed.Sources;
using EconSecGraph.Seed.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EconSecGraph.Seed.Yaml;

/// <summary>Parses graph-seed YAML into YamlDotNet's representation model and maps its marks to locations.</summary>
internal static class YamlText
{
    /// <summary>The root node of the file's single document, or null (with a problem added) when it is not valid YAML.</summary>
    public static YamlNode? Parse(SeedFile file, List<SeedProblem> problems)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(file.Content));
            if (stream.Documents.Count == 0)
            {
                problems.Add(
                    new SeedProblem(
                        SeedProblemCodes.BadStructure,
                        new SourceLocation(file.Path, 1, 1),
                        "The file is empty.",
                        "Write 'nodes:' or 'relationships:' followed by a list of entries, or delete the file."
                    )
                );
                return null;
            }
            if (stream.Documents.Count > 1)
            {
                problems.Add(
                    new SeedProblem(
                        SeedProblemCodes.BadStructure,
                        Location(file.Path, stream.Documents[1].RootNode.Start),
                        "The file holds more than one YAML document ('---').",
                        "Keep one document per file."
                    )
                );
            }
            return stream.Documents[0].RootNode;
        }
        catch (Exception ex) when (ex is not YamlException and not OutOfMemoryException)
        {
            // YamlDotNet throws other exceptions on some malformed input; report where the last good event ended.
            problems.Add(
                new SeedProblem(
                    SeedProblemCodes.YamlSyntax,
                    LastGoodMark(file),
                    "Invalid YAML near here (unterminated [ ], { } or quotes?).",
                    "Check that every '[' and '{' is closed and quotes are balanced."
                )
            );
            return null;
        }
        catch (YamlException ex)
        {
            problems.Add(
                new SeedProblem(
                    SeedProblemCodes.YamlSyntax,
                    Location(file.Path, ex.Start),
                    "Invalid YAML: " + Describe(ex),
                    "Check indentation, quoting (quote values containing ': ' or starting with '[', '{', '*', '&', '!', '%', '@') and duplicate keys."
                )
            );
            return null;
        }
    }

    private static SourceLocation LastGoodMark(SeedFile file)
    {
        var last = new Mark();
        try
        {
            var parser = new Parser(new StringReader(file.Content));
            while (parser.MoveNext())
            {
                last = parser.Current?.End ?? last;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // expected: stop at the failure
        }
        return Location(file.Path, last);
    }

    public static SourceLocation Location(string file, Mark mark) =>
        new(file, (int)Math.Clamp(mark.Line, 1, int.MaxValue), (int)Math.Clamp(mark.Column, 1, int.MaxValue));

    public static SourceLocation Location(string file, YamlNode node) => Location(file, node.Start);

    /// <summary>The text of a scalar, or null for mappings and sequences.</summary>
    public static string? Scalar(YamlNode node) => node is YamlScalarNode s ? s.Value ?? string.Empty : null;

    /// <summary>True for an unquoted scalar (where YAML would read numbers and booleans).</summary>
    public static bool IsPlain(YamlNode node) => node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any };

    public static string KindName(YamlNode node) =>
        node switch
        {
            YamlMappingNode => "a mapping",
            YamlSequenceNode => "a list",
            YamlScalarNode s when string.IsNullOrEmpty(s.Value) && IsPlain(s) => "empty",
            _ => "a single value",
        };

    private static string Describe(YamlException ex)
    {
        // YamlDotNet prefixes messages with the mark range; keep only the explanation.
        var message = ex.InnerException?.Message ?? ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return close >= 0 && message.StartsWith('(') ? message[(close + 3)..] : message;
    }
}
