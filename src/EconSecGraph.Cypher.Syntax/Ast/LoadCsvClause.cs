namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary><c>LOAD CSV [WITH HEADERS] FROM url AS row [FIELDTERMINATOR 'c']</c>.</summary>
public sealed record LoadCsvClause(
    SourceSpan Span,
    bool WithHeaders,
    Expression Source,
    Variable Variable,
    string? FieldTerminator
) : Clause(Span);
