using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Aggregation;

/// <summary>
/// Accumulates one group's values for an aggregating function. The engine creates one per group (via
/// <see cref="AggregateFunctionDefinition.Create"/>), calls <see cref="Add(CypherValue)"/> per row, then
/// <see cref="Result"/> once. Not thread-safe.
/// </summary>
public abstract class Aggregator
{
    /// <summary>Adds one row's argument value (nulls are ignored by every aggregate except <c>count(*)</c>).</summary>
    public abstract void Add(CypherValue value);

    /// <summary>Adds a row for two-argument aggregates (<c>percentileCont(value, percentile)</c>).</summary>
    public virtual void Add(CypherValue value, CypherValue argument) =>
        throw new InvalidOperationException(GetType().Name + " takes one argument.");

    /// <summary>Adds a row from an argument span (one or two values).</summary>
    public void Add(ReadOnlySpan<CypherValue> args)
    {
        if (args.Length == 1)
        {
            Add(args[0]);
        }
        else if (args.Length == 2)
        {
            Add(args[0], args[1]);
        }
        else
        {
            throw new ArgumentException("Aggregates take one or two arguments.", nameof(args));
        }
    }

    /// <summary>The aggregate over everything added so far.</summary>
    public abstract CypherValue Result();
}
