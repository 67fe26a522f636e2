using EconSecGraph.Cypher.Syntax.Ast;
using EconSecGraph.Cypher.Syntax.Parsing;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Cypher.Syntax;

/// <summary>The entry point of the Cypher front end: text in, syntax tree out.</summary>
public static class CypherParser
{
    /// <summary>
    /// Parses one Cypher statement (optionally prefixed by EXPLAIN/PROFILE and followed by one ';').
    /// Throws <see cref="CypherSyntaxException"/> with a Neo4j-style message, the exact position of the offending
    /// token and a TCK detail name (<c>UnexpectedSyntax</c>, <c>InvalidNumberLiteral</c>, …).
    /// </summary>
    public static CypherStatement Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new Parser(query).ParseStatement();
    }

    /// <summary>Parses a single expression (tests, tools, default values); the whole text must be one expression.</summary>
    public static Expression ParseExpression(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return new Parser(expression).ParseStandaloneExpression();
    }
}
