using EconSecGraph.Web.Elements;

namespace EconSecGraph.Web.Models;

public sealed record PathsResponse(
    string From,
    string To,
    string Mode,
    int MaxLength,
    IReadOnlyList<string> Types,
    IReadOnlyList<PathItem> Paths,
    IReadOnlyList<CytoscapeElement> Elements,
    bool Truncated
);
