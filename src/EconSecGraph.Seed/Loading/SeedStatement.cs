using EconSecGraph.Graph.Values;

namespace EconSecGraph.Seed.Loading;

/// <summary>
/// One statement of a load: Cypher text with at most one parameter (<see cref="ParameterName"/>), the rows or ids it
/// binds, and what it is for. The loader sends it with the parameter; the exporter inlines the value as a literal.
/// </summary>
public sealed record SeedStatement(
    SeedStatementKind Kind,
    string Description,
    string Text,
    string? ParameterName,
    CypherValue? ParameterValue,
    int Items
);
