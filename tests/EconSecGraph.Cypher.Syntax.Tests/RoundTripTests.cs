using EconSecGraph.Cypher.Syntax.Printing;
using EconSecGraph.Cypher.Syntax.Tests.Tck;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Cypher.Syntax.Tests;

public class RoundTripTests
{
    [Fact]
    public void RoundTrip_EveryParsableTckQuery_PrintsToTheSameTree()
    {
        var checkedCount = 0;
        var failures = new List<string>();
        foreach (var query in TckCorpus.AllQueries())
        {
            Ast.CypherStatement parsed;
            try
            {
                parsed = CypherParser.Parse(query);
            }
            catch (CypherSyntaxException)
            {
                continue;
            }
            checkedCount++;
            var printed = CypherPrinter.Print(parsed);
            string reparsedJson;
            try
            {
                reparsedJson = AstJson.Write(CypherParser.Parse(printed), includeSpans: false);
            }
            catch (CypherSyntaxException e)
            {
                failures.Add($"{query}\n  printed: {printed}\n  reparse failed: {e.Message}");
                continue;
            }
            if (reparsedJson != AstJson.Write(parsed, includeSpans: false))
            {
                failures.Add($"{query}\n  printed: {printed}\n  trees differ");
            }
        }
        Assert.True(checkedCount > 3000, $"only {checkedCount} queries parsed");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(10)));
    }
}
