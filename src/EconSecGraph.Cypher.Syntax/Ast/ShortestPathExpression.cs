namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>shortestPath((a)-[*]-(b))</c> / <c>allShortestPaths(…)</c> used as an expression.</summary>
public sealed record ShortestPathExpression(SourceSpan Span, PatternPart Pattern) : Expression(Span);
