using System.Globalization;
using System.Text;
using EconSecGraph.Cypher.Tests.TckRunner;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using Xunit.Abstractions;

namespace EconSecGraph.Cypher.Tests.Features;

/// <summary>
/// End-to-end fuzzing of the engine (parse, analyse, plan, run) with mutated TCK queries and random token
/// soup on a small graph: every query either succeeds or fails with a client-facing <see cref="CypherException"/>,
/// never with an internal error (<c>Neo.DatabaseError.General.UnknownError</c>), another exception, or a hang.
/// Fixed seed (<c>ENGINE_FUZZ_SEED</c> picks another); <c>ENGINE_FUZZ_ITERATIONS</c> sets the number of queries (default 2000).
/// The parser alone is fuzzed in EconSecGraph.Cypher.Syntax.Tests (FuzzTests, FUZZ_ITERATIONS).
/// </summary>
public sealed class EngineFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] s_tokens =
    [
        "MATCH",
        "RETURN",
        "WITH",
        "WHERE",
        "CREATE",
        "MERGE",
        "SET",
        "DELETE",
        "DETACH",
        "UNWIND",
        "AS",
        "CALL",
        "{",
        "}",
        "(",
        ")",
        "[",
        "]",
        ",",
        ".",
        ":",
        "|",
        "*",
        "-",
        "->",
        "<-",
        "=",
        "<>",
        "+",
        "/",
        "%",
        "^",
        "n",
        "m",
        "r",
        "p",
        "x",
        "1",
        "0",
        "-1",
        "1.5",
        "'s'",
        "null",
        "true",
        "[]",
        "{}",
        "$p",
        "count(*)",
        "collect(n)",
        "size(x)",
        "range(1, 3)",
        "ORDER BY",
        "SKIP",
        "LIMIT",
        "DISTINCT",
        "OPTIONAL",
        "UNION",
        "AND",
        "OR",
        "NOT",
        "IN",
        "IS NULL",
        "CASE",
        "WHEN",
        "THEN",
        "ELSE",
        "END",
        "EXISTS",
        "shortestPath",
        "FOREACH",
        "LOAD CSV FROM",
        "'経済'",
        ":A",
        ":T",
        "*1..2",
        "nodes(p)",
        "labels(n)",
        "keys(n)",
    ];

    [Fact]
    public async Task Fuzz_MutatedAndRandomQueries_FailOnlyWithClientErrors()
    {
        var iterations = int.TryParse(
            Environment.GetEnvironmentVariable("ENGINE_FUZZ_ITERATIONS"),
            NumberStyles.Integer,
            CultureInfo.InvariantCulture,
            out var n
        )
            ? n
            : 2000;
        var corpus = TckCatalog
            .Scenarios.Values.SelectMany(s => s.Steps)
            .Where(s => s.DocString is not null)
            .Select(s => s.DocString!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var seed = int.TryParse(
            Environment.GetEnvironmentVariable("ENGINE_FUZZ_SEED"),
            NumberStyles.Integer,
            CultureInfo.InvariantCulture,
            out var s
        )
            ? s
            : 20261127;
        var random = new Random(seed);
        await using var db = EmbeddedGraphDatabase.CreateInMemory(
            new EmbeddedOptions
            {
                SyncCommits = false,
                MaxBufferedRows = 20_000,
                DefaultTimeout = TimeSpan.FromSeconds(2),
            }
        );
        await db.QueryAsync(
            new Query(
                "CREATE (a:A {name: 'a', num: 1})-[:T {w: 1}]->(b:B {name: 'b'})-[:T]->(a), (a)-[:R]->(:A:B {num: 2})"
            )
        );
        int ok = 0,
            failed = 0;
        var problems = new List<string>();
        for (var i = 0; i < iterations && problems.Count < 10; i++)
        {
            var query = random.Next(4) == 0 ? Soup(random) : Mutate(corpus[random.Next(corpus.Count)], random);
            var run = Task.Run(async () =>
            {
                await using var tx = await db.BeginTransactionAsync();
                try
                {
                    await using var result = await tx.RunAsync(new Query(query));
                    var count = 0;
                    while (await result.NextAsync() is not null && count++ < 1000) { }
                    await result.ConsumeAsync();
                    return (Exception?)null;
                }
                finally
                {
                    await tx.RollbackAsync();
                }
            });
            Exception? error;
            try
            {
                error = await run.WaitAsync(TimeSpan.FromSeconds(60));
            }
            catch (TimeoutException)
            {
                problems.Add("hang: " + query);
                continue;
            }
            catch (Exception e)
            {
                error = e;
            }
            switch (error)
            {
                case null:
                    ok++;
                    break;
                case CypherException c when c.Code != Neo4jStatusCodes.UnknownError:
                    failed++;
                    break;
                default:
                    problems.Add(error.GetType().Name + ": " + error.Message + "\n--- query ---\n" + query);
                    break;
            }
        }
        output.WriteLine(
            $"engine fuzz (seed {seed}): {iterations} queries, {ok} ran, {failed} failed with client errors"
        );
        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
        Assert.True(ok > 0 && failed > 0, $"ran {ok}, failed {failed}");
    }

    [Theory]
    [InlineData("(", ")")]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    [InlineData("-", "")]
    [InlineData("NOT ", "")]
    [InlineData("CASE WHEN true THEN ", " END")]
    public async Task DeepNesting_ThroughTheEngine_IsSyntaxErrorNotCrash(string open, string close)
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var text = new StringBuilder("RETURN ");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append(open);
        }
        text.Append('1');
        for (var i = 0; i < 20_000; i++)
        {
            text.Append(close);
        }
        var e = await Assert.ThrowsAnyAsync<CypherException>(() => db.QueryAsync(new Query(text.ToString())));
        Assert.Equal(Neo4jStatusCodes.SyntaxError, e.Code);
    }

    private static string Soup(Random random)
    {
        var sb = new StringBuilder();
        var count = random.Next(1, 25);
        for (var i = 0; i < count; i++)
        {
            sb.Append(s_tokens[random.Next(s_tokens.Length)]).Append(' ');
        }
        return sb.ToString();
    }

    private static string Mutate(string query, Random random)
    {
        var text = query;
        // Zero edits too: the unmutated corpus runs against a non-empty graph, exercising the runtime.
        var edits = random.Next(0, 3);
        for (var e = 0; e < edits; e++)
        {
            var at = text.Length == 0 ? 0 : random.Next(text.Length);
            switch (random.Next(4))
            {
                case 0:
                    text = text.Remove(at, Math.Min(text.Length - at, random.Next(1, 6)));
                    break;
                case 1:
                    text = text.Insert(at, " " + s_tokens[random.Next(s_tokens.Length)] + " ");
                    break;
                case 2:
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
