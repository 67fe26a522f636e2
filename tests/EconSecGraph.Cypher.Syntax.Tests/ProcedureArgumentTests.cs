using System.Diagnostics.CodeAnalysis;
using EconSecGraph.Cypher.Syntax.Semantics;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Cypher.Syntax.Tests;

public class ProcedureArgumentTests
{
    private sealed class FullTextOnly : IProcedureSignatures
    {
        public bool TryGetProcedure(string name, [NotNullWhen(true)] out ProcedureSignature? signature)
        {
            // like Neo4j's db.index.fulltext.queryNodes(indexName, queryString, options = {})
            signature = new ProcedureSignature(
                name,
                ["indexName", "queryString", "options"],
                ["node", "score"],
                RequiredInputs: 2
            );
            return true;
        }
    }

    private static void Analyze(string query) =>
        SemanticAnalyzer.Analyze(CypherParser.Parse(query), new SemanticOptions { Procedures = new FullTextOnly() });

    [Theory]
    [InlineData("CALL db.index.fulltext.queryNodes('i', 'q') YIELD node RETURN node")]
    [InlineData("CALL db.index.fulltext.queryNodes('i', 'q', {limit: 5}) YIELD node RETURN node")]
    public void Call_OptionalTrailingArgumentMayBeLeftOut(string query) => Analyze(query);

    [Theory]
    [InlineData("CALL db.index.fulltext.queryNodes('i') YIELD node RETURN node", "got 1 expected 2 to 3")]
    [InlineData("CALL db.index.fulltext.queryNodes('i', 'q', {}, 4) YIELD node RETURN node", "got 4 expected 2 to 3")]
    public void Call_TooFewOrTooManyArguments_IsAnError(string query, string message)
    {
        var error = Assert.ThrowsAny<CypherException>(() => Analyze(query));
        Assert.Equal("InvalidNumberOfArguments", error.Detail);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
