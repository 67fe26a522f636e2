using EconSecGraph.Web.Elements;
using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Models;

/// <summary>
/// A console result: columns, rows of typed cells (<c>{type, value}</c>), the graph part as elements,
/// counters, the plan (EXPLAIN/PROFILE), timings, and whether the row cap or node cap cut it short.
/// </summary>
public sealed record CypherResponse(
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<JObject>> Rows,
    IReadOnlyList<CytoscapeElement> Elements,
    string QueryType,
    JObject Counters,
    bool ContainsUpdates,
    JObject? Plan,
    bool Profile,
    IReadOnlyList<JObject> Notifications,
    double ElapsedMs,
    double? ResultAvailableAfterMs,
    int RowCount,
    bool Truncated,
    int MaxRows,
    bool GraphTruncated,
    bool ReadOnly
);
