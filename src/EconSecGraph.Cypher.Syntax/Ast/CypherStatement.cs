namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>
/// The root of a parsed statement: the original query <see cref="Text"/> (result columns are named from it),
/// the EXPLAIN/PROFILE <see cref="Mode"/>, and the statement itself.
/// </summary>
public sealed record CypherStatement(SourceSpan Span, string Text, StatementMode Mode, StatementBody Body)
    : AstNode(Span);
