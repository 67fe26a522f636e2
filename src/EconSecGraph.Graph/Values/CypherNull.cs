namespace EconSecGraph.Graph.Values;

public sealed class CypherNull : CypherValue
{
    public static readonly CypherNull Instance = new();

    private CypherNull() { }

    public override CypherValueKind Kind => CypherValueKind.Null;

    public override string ToString() => "null";

    public override bool Equals(object? obj) => obj is CypherNull;

    public override int GetHashCode() => 0;
}
