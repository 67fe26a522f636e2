using EconSecGraph.Cypher.Functions.Aggregation;
using EconSecGraph.Cypher.Functions.Library;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Cypher.Functions;

/// <summary>
/// The function library: scalar functions and aggregates by case-insensitive, possibly namespaced name
/// (<c>toInteger</c>, <c>date.truncate</c>, <c>point.distance</c>). <see cref="Default"/> holds Neo4j 5's built-ins.
/// </summary>
public sealed class FunctionRegistry
{
    private static readonly Lazy<FunctionRegistry> s_default = new(CreateDefault);
    private readonly Dictionary<string, FunctionDefinition> _functions = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, AggregateFunctionDefinition> _aggregates = new(
        StringComparer.OrdinalIgnoreCase
    );

    /// <summary>The built-in library (shared, read-only after creation).</summary>
    public static FunctionRegistry Default => s_default.Value;

    public IEnumerable<FunctionDefinition> Functions => _functions.Values.Distinct();

    public IEnumerable<AggregateFunctionDefinition> Aggregates => _aggregates.Values;

    public bool TryGetFunction(string name, out FunctionDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _functions.TryGetValue(name, out definition!);
    }

    public bool TryGetAggregate(string name, out AggregateFunctionDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _aggregates.TryGetValue(name, out definition!);
    }

    public bool IsAggregate(string name) => _aggregates.ContainsKey(name);

    /// <summary>True for scalar functions and aggregates.</summary>
    public bool Contains(string name) => _functions.ContainsKey(name) || _aggregates.ContainsKey(name);

    /// <summary>The scalar function, or a SyntaxError with TCK detail <c>UnknownFunction</c>.</summary>
    public FunctionDefinition GetFunction(string name, SourcePosition? position = null) =>
        TryGetFunction(name, out var definition) ? definition : throw UnknownFunction(name, position);

    /// <summary>Neo4j's error for a call to a function that does not exist.</summary>
    public static CypherSyntaxException UnknownFunction(string name, SourcePosition? position = null) =>
        new("Unknown function '" + name + "'", position, "UnknownFunction");

    /// <summary>Adds (or replaces) a scalar function, e.g. for user-defined functions.</summary>
    public void Register(FunctionDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _functions[definition.Name] = definition;
    }

    /// <summary>Registers <paramref name="definition"/> under an additional name (e.g. <c>upper</c> for <c>toUpper</c>).</summary>
    public void RegisterAlias(string alias, FunctionDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(alias);
        ArgumentNullException.ThrowIfNull(definition);
        _functions[alias] = definition;
    }

    public void RegisterAggregate(AggregateFunctionDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _aggregates[definition.Name] = definition;
    }

    private static FunctionRegistry CreateDefault()
    {
        var registry = new FunctionRegistry();
        MathFunctions.Register(registry);
        StringFunctions.Register(registry);
        ListFunctions.Register(registry);
        GraphFunctions.Register(registry);
        ConversionFunctions.Register(registry);
        TemporalFunctions.Register(registry);
        SpatialFunctions.Register(registry);
        AggregateFunctions.Register(registry);
        return registry;
    }
}
