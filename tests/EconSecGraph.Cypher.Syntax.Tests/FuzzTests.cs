using System.Globalization;
using EconSecGraph.Cypher.Syntax.Semantics;
using EconSecGraph.Cypher.Syntax.Tests.Tck;
using EconSecGraph.Graph.Errors;
using Xunit.Abstractions;

namespace EconSecGraph.Cypher.Syntax.Tests;

/// <summary>
/// Random and mutated TCK queries: only CypherSyntaxException / CypherException may come out of parse + analyse,
/// never another exception and never a hang. FUZZ_ITERATIONS sets the number of cases (default 3000).
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    private static readonly string[] s_fragments =
    [
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ",",
        ".",
        "..",
        ":",
        "|",
        "*",
        "-",
        "->",
        "<-",
        "=",
        "'",
        "\"",
        "`",
        "$",
        "MATCH ",
        " RETURN ",
        " WITH ",
        " WHERE ",
        " CALL {",
        " UNION ",
        " AS ",
        " COUNT {",
        " EXISTS {",
        "0x",
        "1e999",
        "\\u",
        " CASE ",
        " END ",
        " IN ",
        " NOT ",
        "/*",
        "//",
        "\n",
        "経済",
        "\uD800",
        "*1..",
        " ON CREATE SET ",
        " YIELD ",
    ];

    [Fact]
    public async Task Fuzz_MutatedTckQueries_OnlyRaiseCypherExceptions()
    {
        var iterations = int.TryParse(
            Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"),
            NumberStyles.Integer,
            CultureInfo.InvariantCulture,
            out var n
        )
            ? n
            : 3000;
        var corpus = TckCorpus.AllQueries().ToList();
        var random = new Random(20251127);
        var options = new SemanticOptions { Functions = TckFunctions.Instance };
        int parsed = 0,
            syntaxErrors = 0,
            semanticErrors = 0;
        for (var i = 0; i < iterations; i++)
        {
            var query = Mutate(corpus[random.Next(corpus.Count)], random);
            var task = Task.Run(() =>
            {
                try
                {
                    var statement = CypherParser.Parse(query);
                    try
                    {
                        SemanticAnalyzer.Analyze(statement, options);
                        return 0;
                    }
                    catch (CypherException)
                    {
                        return 2;
                    }
                }
                catch (CypherSyntaxException)
                {
                    return 1;
                }
            });
            int result;
            try
            {
                result = await task.WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (TimeoutException)
            {
                Assert.Fail("hang on: " + query);
                throw;
            }
            catch (Exception e)
            {
                Assert.Fail($"{e}\n--- query ---\n{query}");
                throw;
            }
            switch (result)
            {
                case 0:
                    parsed++;
                    break;
                case 1:
                    syntaxErrors++;
                    break;
                default:
                    semanticErrors++;
                    break;
            }
        }
        output.WriteLine(
            $"fuzz cases: {iterations}; accepted {parsed}, syntax errors {syntaxErrors}, semantic errors {semanticErrors}"
        );
        Assert.True(syntaxErrors > 0 && parsed > 0);
    }

    private static string Mutate(string query, Random random)
    {
        var text = query;
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits; e++)
        {
            var at = text.Length == 0 ? 0 : random.Next(text.Length);
            switch (random.Next(5))
            {
                case 0:
                    text = text.Remove(at, Math.Min(text.Length - at, random.Next(1, 6)));
                    break;
                case 1:
                    text = text.Insert(at, s_fragments[random.Next(s_fragments.Length)]);
                    break;
                case 2:
                    text = text.Insert(at, ((char)random.Next(32, 127)).ToString());
                    break;
                case 3:
                    var from = random.Next(text.Length + 1);
                    var length = random.Next(0, Math.Min(20, text.Length - from) + 1);
                    text = text.Insert(at, text.Substring(from, length));
                    break;
                default:
                    text = text[..at];
                    break;
            }
        }
        return text;
    }
}
