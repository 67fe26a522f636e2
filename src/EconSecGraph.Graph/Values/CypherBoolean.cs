namespace EconSecGraph.Graph.Values;

public sealed class CypherBoolean : CypherValue
{
    public static readonly CypherBoolean True = new(true);
    public static readonly CypherBoolean False = new(false);

    private CypherBoolean(bool value) => Value = value;

    public bool Value { get; }

    public override CypherValueKind Kind => CypherValueKind.Boolean;

    public static CypherBoolean Of(bool value) => value ? True : False;

    public override string ToString() => Value ? "true" : "false";

    public override bool Equals(object? obj) => obj is CypherBoolean b && b.Value == Value;

    public override int GetHashCode() => Value ? 1 : 2;
}
