namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>IN [n CONCURRENT] TRANSACTIONS [OF n ROWS] [ON ERROR …] [REPORT STATUS AS v]</c>.</summary>
public sealed record InTransactionsOptions(
    SourceSpan Span,
    Expression? Concurrency,
    Expression? BatchSize,
    InTransactionsErrorMode OnError,
    Variable? ReportStatus
) : AstNode(Span);
