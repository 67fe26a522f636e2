using System.Globalization;
using EconSecGraph.Cypher.Syntax.Semantics;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Cypher.Syntax.Tests;

/// <summary>
/// Fixtures/**/*.cypher with a .ast.json (the tree with spans) or .error.json (code, detail, position, message)
/// sibling. Run with UPDATE_GOLDENS=1 locally to rewrite them; never on CI.
/// </summary>
public class GoldenFixtureTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        var root = Path.Combine(RepositoryPaths.SyntaxTests, "Fixtures");
        foreach (
            var file in Directory
                .EnumerateFiles(root, "*.cypher", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
        )
        {
            data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_MatchesGolden(string fixture)
    {
        var path = Path.Combine(RepositoryPaths.SyntaxTests, "Fixtures", fixture);
        var query = File.ReadAllText(path);
        string actual;
        string goldenPath;
        try
        {
            var statement = CypherParser.Parse(query);
            SemanticAnalyzer.Analyze(statement);
            actual = AstJson.Write(statement, includeSpans: true);
            goldenPath = Path.ChangeExtension(path, ".ast.json");
        }
        catch (CypherException e)
        {
            actual = string.Create(
                CultureInfo.InvariantCulture,
                $"{{\n  \"code\": \"{e.Code}\",\n  \"detail\": \"{e.Detail}\",\n  \"offset\": {e.Position?.Offset},\n  \"line\": {e.Position?.Line},\n  \"column\": {e.Position?.Column},\n  \"message\": \"{e.Message.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"\n}}\n"
            );
            goldenPath = Path.ChangeExtension(path, ".error.json");
        }
        var isCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDENS") == "1" && !isCi)
        {
            File.WriteAllText(goldenPath, actual);
        }
        Assert.True(File.Exists(goldenPath), $"missing golden {goldenPath}; run with UPDATE_GOLDENS=1");
        Assert.Equal(File.ReadAllText(goldenPath), actual);
    }
}
