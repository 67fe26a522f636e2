using System.Globalization;
using EconSecGraph.Graph.Values;
using EconSecGraph.Storage;
using StorageIndexType = EconSecGraph.Storage.Schema.IndexType;

namespace EconSecGraph.Cypher.Store;

/// <summary>The engine's read seam over a storage <see cref="GraphView"/> (a snapshot or the write transaction).</summary>
internal class StorageView(GraphView view, string storeId) : IGraphView
{
    private GraphView _view = view;

    private readonly string _nodePrefix = "4:" + storeId + ":";
    private readonly string _relPrefix = "5:" + storeId + ":";

    protected GraphView View => _view;

    /// <summary>Points the seam at another storage view (the next batch transaction of CALL { … } IN TRANSACTIONS).</summary>
    protected void Rebind(GraphView next) => _view = next;

    public int RelationshipTypeId(string name) => _view.GetRelationshipTypeId(name);

    public string RelationshipTypeName(int typeId) => _view.GetRelationshipTypeName(typeId);

    public IEnumerable<string> Labels() => _view.LabelNames;

    public IEnumerable<string> RelationshipTypes() => _view.RelationshipTypeNames;

    public IEnumerable<string> PropertyKeys() => _view.PropertyKeyNames;

    public IEnumerable<long> AllNodes()
    {
        foreach (var id in _view.AllNodes())
        {
            yield return id;
        }
    }

    public IEnumerable<long> NodesWithLabel(string label)
    {
        var labelId = _view.GetLabelId(label);
        if (labelId < 0)
        {
            yield break;
        }
        foreach (var id in _view.NodesWithLabel(labelId))
        {
            yield return id;
        }
    }

    public long CountNodes(string? label) =>
        label is null ? _view.NodeCount : _view.CountNodes(_view.GetLabelId(label));

    public long CountRelationships(int? typeId) =>
        typeId is null ? _view.RelationshipCount
        : typeId < 0 ? 0
        : _view.CountRelationships(typeId: typeId.Value);

    public bool NodeExists(long nodeId) => _view.NodeExists(nodeId);

    public IReadOnlyList<string> NodeLabels(long nodeId)
    {
        var ids = _view.GetLabels(nodeId);
        var names = new string[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            names[i] = _view.GetLabelName(ids[i]);
        }
        return names;
    }

    public bool NodeHasLabel(long nodeId, string label)
    {
        var id = _view.GetLabelId(label);
        return id >= 0 && _view.HasLabel(nodeId, id);
    }

    public CypherValue NodeProperty(long nodeId, string key)
    {
        var keyId = _view.GetPropertyKeyId(key);
        return keyId < 0 ? CypherNull.Instance : _view.GetNodeProperty(nodeId, keyId);
    }

    public IReadOnlyDictionary<string, CypherValue> NodeProperties(long nodeId) =>
        Named(_view.GetNodeProperties(nodeId));

    private PropertyMap Named(IReadOnlyList<KeyValuePair<int, CypherValue>> properties)
    {
        if (properties.Count == 0)
        {
            return PropertyMap.Empty;
        }
        // a record holds each key once, so the names are distinct
        var keys = new string[properties.Count];
        var values = new CypherValue[properties.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = _view.GetPropertyKeyName(properties[i].Key);
            values[i] = properties[i].Value;
        }
        return new PropertyMap(keys, values);
    }

    public IEnumerable<RelationshipRef> Relationships(long nodeId, ExpandDirection direction, int[]? typeIds)
    {
        var cursor = Adjacency(nodeId, direction, typeIds);
        while (cursor.MoveNext())
        {
            yield return cursor.Current;
        }
    }

    public AdjacencyCursor Adjacency(long nodeId, ExpandDirection direction, int[]? typeIds)
    {
        var dir = direction switch
        {
            ExpandDirection.Outgoing => Direction.Outgoing,
            ExpandDirection.Incoming => Direction.Incoming,
            _ => Direction.Both,
        };
        if (typeIds is { Length: 0 })
        {
            return new AdjacencyCursor(default, nodeId);
        }
        var cursor = typeIds is null
            ? _view.GetRelationships(nodeId, dir)
            : _view.GetRelationships(nodeId, dir, typeIds);
        return new AdjacencyCursor(cursor, nodeId);
    }

    public int Degree(long nodeId, ExpandDirection direction, int[]? typeIds)
    {
        var dir = direction switch
        {
            ExpandDirection.Outgoing => Direction.Outgoing,
            ExpandDirection.Incoming => Direction.Incoming,
            _ => Direction.Both,
        };
        if (typeIds is null)
        {
            return _view.GetDegree(nodeId, dir);
        }
        var n = 0;
        foreach (var t in typeIds)
        {
            n += _view.GetDegree(nodeId, dir, t);
        }
        return n;
    }

    public IEnumerable<RelationshipRef> AllRelationships()
    {
        foreach (var r in _view.AllRelationships())
        {
            yield return new RelationshipRef(r.Id, r.StartNodeId, r.EndNodeId, r.TypeId);
        }
    }

    public bool RelationshipExists(long relationshipId) => _view.RelationshipExists(relationshipId);

    public RelationshipRef Relationship(long relationshipId)
    {
        var r = _view.GetRelationship(relationshipId);
        return new RelationshipRef(r.Id, r.StartNodeId, r.EndNodeId, r.TypeId);
    }

    public CypherValue RelationshipProperty(long relationshipId, string key)
    {
        var keyId = _view.GetPropertyKeyId(key);
        return keyId < 0 ? CypherNull.Instance : _view.GetRelationshipProperty(relationshipId, keyId);
    }

    public IReadOnlyDictionary<string, CypherValue> RelationshipProperties(long relationshipId) =>
        Named(_view.GetRelationshipProperties(relationshipId));

    public string NodeElementId(long nodeId) => _nodePrefix + nodeId.ToString(CultureInfo.InvariantCulture);

    public string RelationshipElementId(long relationshipId) =>
        _relPrefix + relationshipId.ToString(CultureInfo.InvariantCulture);

    public IEnumerable<long>? SeekNodes(string label, string key, CypherValue value)
    {
        var index = FindIndex(label, key);
        return index is null ? null : _view.SeekExact(index, value);
    }

    public IEnumerable<long>? SeekNodesByPrefix(string label, string key, string prefix)
    {
        var index = FindIndex(label, key, strings: true);
        return index is null ? null : _view.SeekPrefix(index, prefix);
    }

    public IEnumerable<long>? SeekNodesContaining(string label, string key, string substring)
    {
        var index = FindIndex(label, key, strings: true);
        return index is null ? null : _view.EnumerateContains(index, substring);
    }

    public long? CountNodesContaining(string label, string key, string substring) =>
        FindIndex(label, key, strings: true) is { } index ? _view.CountContains(index, substring) : null;

    /// <summary>
    /// The RANGE index on the label and key; for string-only searches (<paramref name="strings"/>) a TEXT
    /// index serves as well, since it holds every string value.
    /// </summary>
    private Storage.Schema.IndexDescriptor? FindIndex(string label, string key, bool strings = false)
    {
        var labelId = _view.GetLabelId(label);
        var keyId = _view.GetPropertyKeyId(key);
        if (labelId < 0 || keyId < 0)
        {
            return null;
        }
        var index = _view.FindIndex(EntityType.Node, labelId, keyId);
        return index is { Type: StorageIndexType.Range } || (strings && index is { Type: StorageIndexType.Text })
            ? index
            : null;
    }

    public IReadOnlyList<IndexDescriptor> Indexes() =>
        [
            .. _view.Indexes.Select(i => new IndexDescriptor(
                i.Id,
                i.Name,
                i.TypeName,
                i.EntityType == EntityType.Relationship,
                i.LabelsOrTypes,
                i.Properties,
                i.OwningConstraint
            )
            {
                Provider = i.IndexProvider,
            }),
        ];

    public IReadOnlyList<ConstraintDescriptor> Constraints() =>
        [
            .. _view.Constraints.Select(c => new ConstraintDescriptor(
                c.Id,
                c.Name,
                c.TypeName,
                c.EntityType == EntityType.Relationship,
                c.LabelOrType,
                c.Properties,
                c.OwnedIndex
            )),
        ];

    public IEnumerable<(long Id, double Score)>? FullTextQuery(string indexName, string query)
    {
        if (_view.GetIndex(indexName) is not { Type: StorageIndexType.FullText })
        {
            return null;
        }
        return _view.RankFullText(indexName, query).Select(h => (h.EntityId, h.Score));
    }

    public long? FullTextCount(string indexName, string query) =>
        _view.GetIndex(indexName) is not { Type: StorageIndexType.FullText }
            ? null
            : _view.CountFullText(indexName, query);
}
