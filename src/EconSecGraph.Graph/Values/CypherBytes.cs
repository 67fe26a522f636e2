namespace EconSecGraph.Graph.Values;

/// <summary>A byte array (PackStream Bytes). Cypher has no literal for it; it arrives as a parameter.</summary>
public sealed class CypherBytes(ReadOnlyMemory<byte> value) : CypherValue
{
    public ReadOnlyMemory<byte> Value { get; } = value;

    public override CypherValueKind Kind => CypherValueKind.Bytes;

    public override string TypeName => "BYTE ARRAY";

    public override string ToString() => Convert.ToHexString(Value.Span);

    public override bool Equals(object? obj) => obj is CypherBytes b && b.Value.Span.SequenceEqual(Value.Span);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Value.Span);
        return hash.ToHashCode();
    }
}
