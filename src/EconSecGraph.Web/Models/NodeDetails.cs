using EconSecGraph.Web.Elements;
using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Models;

/// <summary>Everything the details panel shows for one node.</summary>
public sealed record NodeDetails(
    string Key,
    CytoscapeElement Element,
    IReadOnlyList<string> Labels,
    string Name,
    string? NameEn,
    IReadOnlyList<string> Aliases,
    string? Description,
    string? DescriptionEn,
    JObject Properties,
    DegreeSummary Degree,
    IReadOnlyList<SourceItem> Sources,
    IReadOnlyList<SourceItem> ReportedIn
);
