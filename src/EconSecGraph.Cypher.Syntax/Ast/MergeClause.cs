namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>MERGE pattern-part [ON CREATE SET …] [ON MATCH SET …]</c>.</summary>
public sealed record MergeClause(SourceSpan Span, PatternPart Pattern, IReadOnlyList<MergeAction> Actions)
    : Clause(Span);
