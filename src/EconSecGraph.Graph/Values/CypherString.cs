namespace EconSecGraph.Graph.Values;

public sealed class CypherString(string value) : CypherValue
{
    public static readonly CypherString Empty = new(string.Empty);

    public string Value { get; } = value ?? throw new ArgumentNullException(nameof(value));

    public override CypherValueKind Kind => CypherValueKind.String;

    public override string ToString() => Value;

    public override bool Equals(object? obj) =>
        obj is CypherString s && string.Equals(s.Value, Value, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);
}
