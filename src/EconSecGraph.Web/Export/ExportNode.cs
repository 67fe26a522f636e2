using EconSecGraph.Graph.Values;

namespace EconSecGraph.Web.Export;

public sealed record ExportNode(
    string Key,
    string Caption,
    IReadOnlyList<string> Labels,
    IReadOnlyDictionary<string, CypherValue> Properties
);
