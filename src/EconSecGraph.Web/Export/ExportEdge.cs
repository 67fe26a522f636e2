using EconSecGraph.Graph.Values;

namespace EconSecGraph.Web.Export;

public sealed record ExportEdge(
    string Key,
    string Source,
    string Target,
    string Type,
    IReadOnlyDictionary<string, CypherValue> Properties
);
