using EconSecGraph.Cypher.Syntax.Ast;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Cypher.Syntax.Semantics;

/// <summary>
/// Checks a parsed statement before planning: scopes, variable kinds, aggregation placement, clause composition and
/// statically known argument types. All errors are collected; the first by position is thrown.
/// </summary>
public static class SemanticAnalyzer
{
    /// <summary>
    /// Analyses <paramref name="statement"/>. Throws <see cref="CypherSyntaxException"/> (Neo4j reports these as
    /// SyntaxError) or another <see cref="CypherException"/> with the TCK detail in <see cref="CypherException.Detail"/>.
    /// </summary>
    public static CheckedStatement Analyze(CypherStatement statement, SemanticOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return new Analyzer(statement, options ?? new SemanticOptions()).Run();
    }
}
