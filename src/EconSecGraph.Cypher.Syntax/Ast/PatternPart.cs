namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>One path pattern: <c>[p =] [shortestPath(…) | allShortestPaths(…)] (a)-[r]->(b)…</c>.</summary>
public sealed record PatternPart(SourceSpan Span, Variable? Variable, PathSelector Selector, PatternElement Element)
    : AstNode(Span);
