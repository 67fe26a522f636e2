using EconSecGraph.Graph.Values;

namespace EconSecGraph.Graph.Database;

/// <summary>
/// One operator of an EXPLAIN or PROFILE plan, in Bolt's shape (<c>operatorType</c>, <c>args</c>,
/// <c>identifiers</c>, <c>children</c>); PROFILE adds rows and database hits.
/// </summary>
public sealed record PlanDescription(
    string OperatorType,
    IReadOnlyDictionary<string, CypherValue> Arguments,
    IReadOnlyList<string> Identifiers,
    IReadOnlyList<PlanDescription> Children
)
{
    /// <summary>Rows the operator produced (PROFILE only).</summary>
    public long? Rows { get; init; }

    /// <summary>Store accesses the operator made (PROFILE only).</summary>
    public long? DbHits { get; init; }

    /// <summary>Time spent in the operator, in milliseconds (PROFILE only, when measured).</summary>
    public double? TimeMs { get; init; }
}
