using EconSecGraph.Cypher.Store;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Runtime;

/// <summary>A relationship value that loads its type name and properties from the view on demand.</summary>
internal sealed class EngineRelationship : CypherRelationship
{
    private readonly IGraphView _view;
    private readonly int _typeId;
    private string? _type;

    public EngineRelationship(in RelationshipRef r, IGraphView view)
        : base(r.Id, r.StartNodeId, r.EndNodeId)
    {
        _view = view;
        _typeId = r.TypeId;
    }

    public int TypeId => _typeId;

    public override string ElementId => _view.RelationshipElementId(Id);

    public override string StartNodeElementId => _view.NodeElementId(StartNodeId);

    public override string EndNodeElementId => _view.NodeElementId(EndNodeId);

    public override string Type => _type ??= _view.RelationshipTypeName(_typeId);

    public override IReadOnlyDictionary<string, CypherValue> Properties => Load().RelationshipProperties(Id);

    public IGraphView View => _view;

    public IGraphView Load()
    {
        if (_view is IGraphWriter w && w.IsDeletedRelationship(Id))
        {
            throw new Graph.Errors.EntityNotFoundException(
                "Relationship with id "
                    + Id.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + " has been deleted in this transaction"
            );
        }
        return _view;
    }

    public RelationshipRef Ref => new(Id, StartNodeId, EndNodeId, _typeId);

    public CypherRelationship Materialize() =>
        new CypherRelationship(
            Id,
            ElementId,
            StartNodeId,
            StartNodeElementId,
            EndNodeId,
            EndNodeElementId,
            Type,
            Properties
        );

    public override bool Equals(object? obj) => obj is CypherRelationship r && r.Id == Id;

    public override int GetHashCode() => Id.GetHashCode();
}
