using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Runtime;

/// <summary>A tuple of values compared by Cypher equivalence (null equals null, 1 equals 1.0), for grouping and DISTINCT.</summary>
internal readonly struct GroupKey(CypherValue[] values) : IEquatable<GroupKey>
{
    public CypherValue[] Values { get; } = values;

    public bool Equals(GroupKey other)
    {
        var a = Values;
        var b = other.Values;
        if (a.Length != b.Length)
        {
            return false;
        }
        for (var i = 0; i < a.Length; i++)
        {
            if (!ValueSemantics.Equivalent(a[i], b[i]))
            {
                return false;
            }
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is GroupKey k && Equals(k);

    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var v in Values)
        {
            h.Add(ValueSemantics.EquivalenceHash(v));
        }
        return h.ToHashCode();
    }

    public static bool operator ==(GroupKey left, GroupKey right) => left.Equals(right);

    public static bool operator !=(GroupKey left, GroupKey right) => !left.Equals(right);
}
