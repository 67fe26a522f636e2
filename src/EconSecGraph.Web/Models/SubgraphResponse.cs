using EconSecGraph.Web.Elements;

namespace EconSecGraph.Web.Models;

/// <summary>The nodes asked for (those that exist) and every relationship among them; <see cref="Missing"/> lists unknown keys.</summary>
public sealed record SubgraphResponse(IReadOnlyList<CytoscapeElement> Elements, IReadOnlyList<string> Missing);
