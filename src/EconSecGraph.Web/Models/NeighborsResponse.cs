using EconSecGraph.Web.Elements;

namespace EconSecGraph.Web.Models;

/// <summary>
/// One page of a node's neighbourhood. <see cref="Total"/> counts every matching relationship, so the UI
/// can say "25 of 310" instead of dumping a hub on the canvas.
/// </summary>
public sealed record NeighborsResponse(
    string Key,
    long Total,
    int Returned,
    int Skip,
    int Limit,
    IReadOnlyList<string> Types,
    string Direction,
    IReadOnlyList<TypeCount> ByType,
    IReadOnlyList<CytoscapeElement> Elements
);
