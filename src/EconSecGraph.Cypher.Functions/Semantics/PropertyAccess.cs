using EconSecGraph.Cypher.Functions.Spatial;
using EconSecGraph.Cypher.Functions.Temporal;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Semantics;

/// <summary>
/// Member access <c>x.key</c>: map entries, node and relationship properties (missing gives null), temporal
/// components (<c>d.year</c>, <c>t.timezone</c>, <c>dt.epochMillis</c>…), duration components
/// (<c>d.months</c>, <c>d.minutesOfHour</c>…) and point components (<c>p.x</c>, <c>p.latitude</c>, <c>p.srid</c>…).
/// </summary>
public static class PropertyAccess
{
    public static CypherValue Get(CypherValue value, string key)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(key);
        switch (value)
        {
            case CypherMap map:
                return map.GetOrNull(key);
            case CypherNode node:
                return node.Properties.TryGetValue(key, out var np) ? np : CypherNull.Instance;
            case CypherRelationship rel:
                return rel.Properties.TryGetValue(key, out var rp) ? rp : CypherNull.Instance;
            case CypherNull:
                return CypherNull.Instance;
            case CypherDuration d:
                return DurationFields.Get(d, key);
            case CypherPoint p:
                return PointFields.Get(p, key);
            case CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime:
                return TemporalFields.Get(value, key);
            default:
                throw CypherErrors.OperatorMismatch(
                    "Type mismatch: expected a map, node, relationship, temporal value, duration or point but was "
                        + TypeNames.Describe(value)
                        + " (accessing property '"
                        + key
                        + "')"
                );
        }
    }
}
