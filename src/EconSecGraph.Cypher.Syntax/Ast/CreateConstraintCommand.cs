namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>
/// <c>CREATE CONSTRAINT [name] [IF NOT EXISTS] FOR (n:L) REQUIRE n.p IS [NODE] UNIQUE</c> (and composite
/// <c>(n.a, n.b)</c>, relationship form <c>FOR ()-[r:T]-()</c>, <c>IS NOT NULL</c>, <c>IS KEY</c>, <c>IS :: TYPE</c>).
/// <see cref="PropertyType"/> holds the type text for <see cref="ConstraintKind.PropertyType"/>.
/// </summary>
public sealed record CreateConstraintCommand(
    SourceSpan Span,
    string? Name,
    bool IfNotExists,
    Variable Variable,
    bool IsRelationship,
    string LabelOrType,
    IReadOnlyList<PropertyLookup> Properties,
    ConstraintKind Kind,
    string? PropertyType,
    Expression? Options
) : SchemaCommand(Span);
