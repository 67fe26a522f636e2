using EconSecGraph.Web.Elements;

namespace EconSecGraph.Web.Apis;

public sealed record GraphOverview(IReadOnlyList<CytoscapeElement> Elements, int NodeCount, int EdgeCount);
