using System.Text;

namespace EconSecGraph.Graph.Values;

/// <summary>
/// A relationship: identity, type, its start and end node identities, and properties.
/// Two relationships are equal when they have the same element id.
/// </summary>
public class CypherRelationship : CypherValue
{
    private readonly string? _elementId;
    private readonly string? _startNodeElementId;
    private readonly string? _endNodeElementId;
    private readonly string? _type;
    private readonly IReadOnlyDictionary<string, CypherValue>? _properties;

    public CypherRelationship(
        long id,
        string elementId,
        long startNodeId,
        string startNodeElementId,
        long endNodeId,
        string endNodeElementId,
        string type,
        IReadOnlyDictionary<string, CypherValue> properties
    )
    {
        Id = id;
        StartNodeId = startNodeId;
        EndNodeId = endNodeId;
        _elementId = elementId ?? throw new ArgumentNullException(nameof(elementId));
        _startNodeElementId = startNodeElementId ?? throw new ArgumentNullException(nameof(startNodeElementId));
        _endNodeElementId = endNodeElementId ?? throw new ArgumentNullException(nameof(endNodeElementId));
        _type = type ?? throw new ArgumentNullException(nameof(type));
        _properties = properties ?? throw new ArgumentNullException(nameof(properties));
    }

    /// <summary>For subclasses that load the type, element ids and properties lazily.</summary>
    protected CypherRelationship(long id, long startNodeId, long endNodeId)
    {
        Id = id;
        StartNodeId = startNodeId;
        EndNodeId = endNodeId;
    }

    public sealed override CypherValueKind Kind => CypherValueKind.Relationship;

    public sealed override string TypeName => "RELATIONSHIP";

    public long Id { get; }

    public long StartNodeId { get; }

    public long EndNodeId { get; }

    public virtual string ElementId =>
        _elementId ?? throw new InvalidOperationException("Subclass must override ElementId.");

    public virtual string StartNodeElementId =>
        _startNodeElementId ?? throw new InvalidOperationException("Subclass must override StartNodeElementId.");

    public virtual string EndNodeElementId =>
        _endNodeElementId ?? throw new InvalidOperationException("Subclass must override EndNodeElementId.");

    public virtual string Type => _type ?? throw new InvalidOperationException("Subclass must override Type.");

    public virtual IReadOnlyDictionary<string, CypherValue> Properties =>
        _properties ?? throw new InvalidOperationException("Subclass must override Properties.");

    public override string ToString()
    {
        var sb = new StringBuilder("[:").Append(CypherLiteral.RenderKey(Type));
        if (Properties.Count > 0)
        {
            sb.Append(' ').Append(CypherMap.RenderEntries(Properties));
        }
        return sb.Append(']').ToString();
    }

    public override bool Equals(object? obj) =>
        obj is CypherRelationship r && r.Id == Id && string.Equals(r.ElementId, ElementId, StringComparison.Ordinal);

    public override int GetHashCode() => Id.GetHashCode();
}
