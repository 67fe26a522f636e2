using EconSecGraph.Cypher.Store;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Runtime;

/// <summary>
/// A node value that reads its labels and properties from the transaction's view only when asked,
/// so rows carry just an id until someone looks inside.
/// </summary>
internal sealed class EngineNode : CypherNode
{
    private readonly IGraphView _view;
    private string? _elementId;

    public EngineNode(long id, IGraphView view)
        : base(id) => _view = view;

    public IGraphView View => _view;

    public override string ElementId => _elementId ??= _view.NodeElementId(Id);

    // Not cached: the transaction may change the node while the value sits in a row.
    public override IReadOnlyList<string> Labels => Load().NodeLabels(Id);

    public override IReadOnlyDictionary<string, CypherValue> Properties => Load().NodeProperties(Id);

    /// <summary>A detached copy holding the current labels and properties (for values that outlive the transaction).</summary>
    public CypherNode Materialize() => new CypherNode(Id, ElementId, Labels, Properties);

    public IGraphView Load()
    {
        if (_view is IGraphWriter w && w.IsDeletedNode(Id))
        {
            throw new Graph.Errors.EntityNotFoundException(
                "Node with id "
                    + Id.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + " has been deleted in this transaction"
            );
        }
        return _view;
    }

    public override bool Equals(object? obj) => obj is CypherNode n && n.Id == Id;

    public override int GetHashCode() => Id.GetHashCode();
}
