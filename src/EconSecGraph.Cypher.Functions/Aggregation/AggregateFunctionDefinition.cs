using System.Text;

namespace EconSecGraph.Cypher.Functions.Aggregation;

/// <summary>An aggregating function (<c>count</c>, <c>sum</c>, <c>collect</c>…): its signature and a factory for accumulators.</summary>
public sealed class AggregateFunctionDefinition
{
    private readonly Func<Aggregator> _factory;

    public AggregateFunctionDefinition(
        string name,
        IReadOnlyList<FunctionParameter> parameters,
        CypherTypes returnType,
        string description,
        Func<Aggregator> factory
    )
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(factory);
        Name = name;
        Parameters = parameters;
        ReturnType = returnType;
        Description = description ?? string.Empty;
        _factory = factory;
        MinArgs = parameters.Count(p => !p.IsOptional);
        MaxArgs = parameters.Count;
    }

    public string Name { get; }

    public IReadOnlyList<FunctionParameter> Parameters { get; }

    public CypherTypes ReturnType { get; }

    public string Description { get; }

    public int MinArgs { get; }

    public int MaxArgs { get; }

    public string Signature
    {
        get
        {
            var sb = new StringBuilder(Name).Append('(');
            for (var i = 0; i < Parameters.Count; i++)
            {
                sb.Append(i > 0 ? ", " : string.Empty).Append(Parameters[i]);
            }
            return sb.Append(") :: ").Append(ReturnType.Describe()).ToString();
        }
    }

    /// <summary>A fresh accumulator; with <paramref name="distinct"/> it ignores values equivalent to earlier ones.</summary>
    public Aggregator Create(bool distinct = false)
    {
        var inner = _factory();
        return distinct ? new DistinctAggregator(inner) : inner;
    }

    public override string ToString() => Signature;
}
