namespace EconSecGraph.Graph.Values;

/// <summary>
/// A Cypher value. The set of kinds is closed (<see cref="CypherValueKind"/>); every surface
/// (engine, Bolt hydration, JSON) maps exactly these kinds.
/// </summary>
/// <remarks>
/// <see cref="object.Equals(object)"/> is structural identity (same kind and same value, so <c>1</c>
/// and <c>1.0</c> differ). Cypher's own equality, equivalence and ordering rules live in the engine.
/// </remarks>
public abstract class CypherValue
{
    private protected CypherValue() { }

    public abstract CypherValueKind Kind { get; }

    public bool IsNull => Kind == CypherValueKind.Null;

    /// <summary>The Cypher type name as Neo4j prints it (e.g. <c>INTEGER</c>, <c>LIST&lt;ANY&gt;</c>).</summary>
    public virtual string TypeName => Kind.ToString().ToUpperInvariant();

    /// <summary>Renders the value the way Neo4j's <c>toString()</c> or result tables would.</summary>
    public abstract override string ToString();

    public static CypherValue Null => CypherNull.Instance;

    /// <summary>Converts a CLR value (numbers, strings, booleans, lists, dictionaries, temporals) to a Cypher value.</summary>
    public static CypherValue From(object? value) => CypherValueConverter.FromObject(value);

    public static implicit operator CypherValue(long value) => CypherInteger.Of(value);

    public static implicit operator CypherValue(int value) => CypherInteger.Of(value);

    public static implicit operator CypherValue(double value) => new CypherFloat(value);

    public static implicit operator CypherValue(bool value) => CypherBoolean.Of(value);

    public static implicit operator CypherValue(string? value) =>
        value is null ? CypherNull.Instance : new CypherString(value);
}
