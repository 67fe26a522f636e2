using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Runtime;

/// <summary>The running state of one aggregate function for one group.</summary>
internal abstract class Accumulator
{
    /// <summary>Adds one input value; <paramref name="extra"/> is a second argument (percentiles), else null.</summary>
    public abstract void Add(CypherValue value, CypherValue extra);

    public abstract CypherValue Result();
}
