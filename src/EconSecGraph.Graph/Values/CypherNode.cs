using System.Text;

namespace EconSecGraph.Graph.Values;

/// <summary>
/// A node: identity (legacy integer id and element id), labels and properties.
/// Two nodes are equal when they have the same element id.
/// </summary>
/// <remarks>
/// Engines may subclass it to load labels and properties lazily from a snapshot; the public
/// constructor holds them eagerly (Bolt hydration, JSON, tests).
/// </remarks>
public class CypherNode : CypherValue
{
    private readonly string? _elementId;
    private readonly IReadOnlyList<string>? _labels;
    private readonly IReadOnlyDictionary<string, CypherValue>? _properties;

    public CypherNode(
        long id,
        string elementId,
        IReadOnlyList<string> labels,
        IReadOnlyDictionary<string, CypherValue> properties
    )
    {
        Id = id;
        _elementId = elementId ?? throw new ArgumentNullException(nameof(elementId));
        _labels = labels ?? throw new ArgumentNullException(nameof(labels));
        _properties = properties ?? throw new ArgumentNullException(nameof(properties));
    }

    /// <summary>For subclasses that override <see cref="ElementId"/>, <see cref="Labels"/> and <see cref="Properties"/>.</summary>
    protected CypherNode(long id) => Id = id;

    public sealed override CypherValueKind Kind => CypherValueKind.Node;

    public sealed override string TypeName => "NODE";

    /// <summary>The legacy integer id (Neo4j's <c>id(n)</c>), kept below 2^53 so JavaScript can hold it.</summary>
    public long Id { get; }

    public virtual string ElementId =>
        _elementId ?? throw new InvalidOperationException("Subclass must override ElementId.");

    public virtual IReadOnlyList<string> Labels =>
        _labels ?? throw new InvalidOperationException("Subclass must override Labels.");

    public virtual IReadOnlyDictionary<string, CypherValue> Properties =>
        _properties ?? throw new InvalidOperationException("Subclass must override Properties.");

    public override string ToString()
    {
        var sb = new StringBuilder("(");
        foreach (var label in Labels)
        {
            sb.Append(':').Append(CypherLiteral.RenderKey(label));
        }
        if (Properties.Count > 0)
        {
            if (Labels.Count > 0)
            {
                sb.Append(' ');
            }
            sb.Append(CypherMap.RenderEntries(Properties));
        }
        return sb.Append(')').ToString();
    }

    public override bool Equals(object? obj) =>
        obj is CypherNode n && n.Id == Id && string.Equals(n.ElementId, ElementId, StringComparison.Ordinal);

    public override int GetHashCode() => Id.GetHashCode();
}
