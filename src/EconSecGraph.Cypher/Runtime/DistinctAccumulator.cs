using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Runtime;

/// <summary><c>f(DISTINCT x)</c>: passes each equivalent non-null value to the inner accumulator once.</summary>
internal sealed class DistinctAccumulator(Accumulator inner, QueryContext context) : Accumulator
{
    private readonly HashSet<GroupKey> _seen = [];

    public override void Add(CypherValue value, CypherValue extra)
    {
        if (value.IsNull)
        {
            return;
        }
        if (_seen.Add(new GroupKey([value])))
        {
            context.Buffer();
            inner.Add(value, extra);
        }
    }

    public override CypherValue Result() => inner.Result();
}
