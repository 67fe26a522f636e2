namespace EconSecGraph.Cypher.Runtime;

/// <summary>PROFILE figures for every operator of one execution.</summary>
internal sealed class ProfileStatistics
{
    private readonly Dictionary<object, OperatorStatistics> _stats = new(ReferenceEqualityComparer.Instance);

    public OperatorStatistics For(object node)
    {
        if (!_stats.TryGetValue(node, out var s))
        {
            s = new OperatorStatistics();
            _stats[node] = s;
        }
        return s;
    }
}
