using System.Text;
using EconSecGraph.Cypher.Syntax;
using EconSecGraph.Cypher.Syntax.Ast;
using EconSecGraph.Graph.Values;
using EconSecGraph.Seed.Export;
using EconSecGraph.Seed.Tests.Validation;
using EconSecGraph.Seed.Validation;

namespace EconSecGraph.Seed.Tests.Export;

public class CypherScriptExporterTests
{
    private static readonly Lazy<string> s_script = new(() => CypherScriptExporter.Export(SeedPaths.Repository()));

    public static string CommittedPath => Path.Combine(SeedPaths.Directory, "export", "econsecgraph-seed.cypher");

    [Fact]
    public void Export_RepositorySeed_EveryStatementParses()
    {
        var statements = CypherScript.Split(s_script.Value);

        Assert.True(statements.Count > 10);
        foreach (var statement in statements)
        {
            var parsed = CypherParser.Parse(statement);
            Assert.NotNull(parsed.Body);
        }
    }

    [Fact]
    public void Export_SchemaStatementsComeFirst_ThenAwaitIndexes_ThenData()
    {
        var statements = CypherScript.Split(s_script.Value);

        Assert.StartsWith(
            "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
            statements[0],
            StringComparison.Ordinal
        );
        Assert.StartsWith(
            "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.nameEn, n.aliases]",
            statements[1],
            StringComparison.Ordinal
        );
        Assert.Contains("`fulltext.analyzer`: 'cjk'", statements[1], StringComparison.Ordinal);
        Assert.Equal("CALL db.awaitIndexes(300)", statements[2]);
        Assert.All(statements.Skip(3), s => Assert.DoesNotContain("CREATE CONSTRAINT", s, StringComparison.Ordinal));
        Assert.All(
            statements.Skip(3).Where(s => s.StartsWith("UNWIND", StringComparison.Ordinal)),
            s => Assert.Contains("MERGE (", s, StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Export_IsAsciiByDefault_AndNamesRoundTripThroughTheParser()
    {
        Assert.All(s_script.Value, c => Assert.True(c < 128, $"non-ASCII U+{(int)c:X4}"));

        var first = CypherScript
            .Split(s_script.Value)
            .First(s => s.Contains("art-nikkei-20220615-china-research-battle", StringComparison.Ordinal));
        var parsed = CypherParser.Parse(first);
        var strings = Strings(parsed).ToList();
        Assert.Contains("日米欧から中国への技術流出特集", strings);
        Assert.Contains("(2022.6.15付け日本経済新聞・有料会員限定)", strings);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("it's")]
    [InlineData("back\\slash")]
    [InlineData("line\nbreak\ttab\r")]
    [InlineData("日本語「引用」…")]
    [InlineData("`tick` \"double\" 'single'")]
    public void Literal_String_RoundTripsThroughTheParser(string value)
    {
        foreach (var ascii in new[] { false, true })
        {
            var literal = CypherLiteralWriter.ToLiteral(new CypherString(value), ascii);

            var parsed = Assert.IsType<StringLiteral>(CypherParser.ParseExpression(literal));

            Assert.Equal(value, parsed.Value);
        }
    }

    [Fact]
    public void Literal_MapListDateAndNumbers_AreCypherLiterals()
    {
        var value = new CypherMap(
            new Dictionary<string, CypherValue>(StringComparer.Ordinal)
            {
                ["a"] = CypherInteger.Of(250000000000),
                ["b"] = new CypherFloat(2.5),
                ["c"] = new CypherList([new CypherString("x"), new CypherString("y")]),
                ["d"] = CypherDate.Of(2021, 4, 27),
                ["odd key"] = CypherBoolean.True,
            }
        );

        var literal = CypherLiteralWriter.ToLiteral(value);

        Assert.Equal("{a: 250000000000, b: 2.5, c: ['x', 'y'], d: date('2021-04-27'), `odd key`: true}", literal);
        Assert.IsType<MapLiteral>(CypherParser.ParseExpression(literal));
    }

    [Fact]
    public void Export_InvalidSeed_ThrowsWithEveryProblem()
    {
        var seed = new MiniSeed();
        seed.ReplaceInNodes("label: Fund", "label: Fnud");
        seed.ReplaceInNodes("url: https://www.jiji.com/jc/article?k=2022011300821", "url: nope");

        var ex = Assert.Throws<SeedValidationException>(() => CypherScriptExporter.Export(seed.ToSource()));

        Assert.Equal(2, ex.Problems.Count);
    }

    [Fact]
    public void Export_CommittedScript_IsUpToDate()
    {
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDENS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(CommittedPath)!);
            File.WriteAllText(CommittedPath, s_script.Value, new UTF8Encoding(false));
        }

        Assert.True(File.Exists(CommittedPath), "run the tests once with UPDATE_GOLDENS=1 to write " + CommittedPath);
        Assert.True(
            string.Equals(File.ReadAllText(CommittedPath), s_script.Value, StringComparison.Ordinal),
            "graph-seed/export/econsecgraph-seed.cypher is stale: run the Seed tests with UPDATE_GOLDENS=1 and commit it."
        );
    }

    private static IEnumerable<string> Strings(object node)
    {
        if (node is StringLiteral s)
        {
            yield return s.Value;
            yield break;
        }
        foreach (var property in node.GetType().GetProperties())
        {
            if (
                property.GetIndexParameters().Length > 0
                || property.PropertyType.IsPrimitive
                || property.PropertyType == typeof(string)
            )
            {
                continue;
            }
            var value = property.GetValue(node);
            if (value is AstNode child)
            {
                foreach (var x in Strings(child))
                {
                    yield return x;
                }
            }
            else if (value is System.Collections.IEnumerable list and not string)
            {
                foreach (var item in list)
                {
                    if (item is not null)
                    {
                        foreach (var x in Strings(item))
                        {
                            yield return x;
                        }
                    }
                }
            }
        }
    }
}
