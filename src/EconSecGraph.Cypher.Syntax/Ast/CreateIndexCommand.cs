namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>
/// <c>CREATE [RANGE|TEXT|POINT|FULLTEXT|LOOKUP|VECTOR] INDEX [name] [IF NOT EXISTS] FOR (n:L) ON (n.p, …) [OPTIONS {…}]</c>,
/// also for relationships <c>FOR ()-[r:T]-()</c>. Full-text indexes list several labels (<c>(n:A|B)</c>) and use
/// <c>ON EACH [n.p, …]</c>; LOOKUP indexes have no label and no properties (<c>ON EACH labels(n)</c> / <c>type(r)</c>).
/// </summary>
public sealed record CreateIndexCommand(
    SourceSpan Span,
    IndexKind Kind,
    string? Name,
    bool IfNotExists,
    Variable Variable,
    bool IsRelationship,
    IReadOnlyList<string> LabelsOrTypes,
    IReadOnlyList<PropertyLookup> Properties,
    Expression? Options
) : SchemaCommand(Span);
