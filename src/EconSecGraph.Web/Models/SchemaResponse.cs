namespace EconSecGraph.Web.Models;

public sealed record SchemaResponse(
    IReadOnlyList<NameCount> Labels,
    IReadOnlyList<NameCount> RelationshipTypes,
    IReadOnlyList<string> PropertyKeys,
    long NodeCount,
    long RelationshipCount
);
