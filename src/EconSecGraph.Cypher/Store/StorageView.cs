using System.Globalization;
using EconSecGraph.Graph.Values;
using EconSecGraph.Storage;
using StorageIndexType = EconSecGraph.Storage.Schema.IndexType;

namespace EconSecGraph.Cypher.Store;

/// <summary>The engine's read seam over a storage <see cref="GraphView"/> (a snapshot or the write transaction).</summary>
internal class StorageView(GraphView view, string storeId) : IGraphView
{
    private readonly string _nodePrefix = "4:" + storeId + ":";
    private readonly string _relPrefix = "5:" + storeId + ":";

    protected GraphView View => view;

    public int RelationshipTypeId(string name) => view.GetRelationshipTypeId(name);

    public string RelationshipTypeName(int typeId) => view.GetRelationshipTypeName(typeId);

    public IEnumerable<string> Labels() => view.LabelNames;

    public IEnumerable<string> RelationshipTypes() => view.RelationshipTypeNames;

    public IEnumerable<string> PropertyKeys() => view.PropertyKeyNames;

    public IEnumerable<long> AllNodes()
    {
        foreach (var id in view.AllNodes())
        {
            yield return id;
        }
    }

    public IEnumerable<long> NodesWithLabel(string label)
    {
        var labelId = view.GetLabelId(label);
        if (labelId < 0)
        {
            yield break;
        }
        foreach (var id in view.NodesWithLabel(labelId))
        {
            yield return id;
        }
    }

    public long CountNodes(string? label) => label is null ? view.NodeCount : view.CountNodes(view.GetLabelId(label));

    public long CountRelationships(int? typeId) =>
        typeId is null ? view.RelationshipCount
        : typeId < 0 ? 0
        : view.CountRelationships(typeId: typeId.Value);

    public bool NodeExists(long nodeId) => view.NodeExists(nodeId);

    public IReadOnlyList<string> NodeLabels(long nodeId)
    {
        var ids = view.GetLabels(nodeId);
        var names = new string[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            names[i] = view.GetLabelName(ids[i]);
        }
        return names;
    }

    public bool NodeHasLabel(long nodeId, string label)
    {
        var id = view.GetLabelId(label);
        return id >= 0 && view.HasLabel(nodeId, id);
    }

    public CypherValue NodeProperty(long nodeId, string key)
    {
        var keyId = view.GetPropertyKeyId(key);
        return keyId < 0 ? CypherNull.Instance : view.GetNodeProperty(nodeId, keyId);
    }

    public IReadOnlyDictionary<string, CypherValue> NodeProperties(long nodeId) =>
        Named(view.GetNodeProperties(nodeId));

    private Dictionary<string, CypherValue> Named(IReadOnlyList<KeyValuePair<int, CypherValue>> properties)
    {
        var d = new Dictionary<string, CypherValue>(properties.Count, StringComparer.Ordinal);
        foreach (var (k, v) in properties)
        {
            d[view.GetPropertyKeyName(k)] = v;
        }
        return d;
    }

    public IEnumerable<RelationshipRef> Relationships(long nodeId, ExpandDirection direction, int[]? typeIds)
    {
        var dir = direction switch
        {
            ExpandDirection.Outgoing => Direction.Outgoing,
            ExpandDirection.Incoming => Direction.Incoming,
            _ => Direction.Both,
        };
        if (typeIds is { Length: 0 })
        {
            yield break;
        }
        var cursor = typeIds is null ? view.GetRelationships(nodeId, dir) : view.GetRelationships(nodeId, dir, typeIds);
        while (cursor.MoveNext())
        {
            var e = cursor.Current;
            yield return cursor.CurrentIsOutgoing
                ? new RelationshipRef(e.RelationshipId, nodeId, e.OtherNodeId, e.TypeId)
                : new RelationshipRef(e.RelationshipId, e.OtherNodeId, nodeId, e.TypeId);
        }
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
            return view.GetDegree(nodeId, dir);
        }
        var n = 0;
        foreach (var t in typeIds)
        {
            n += view.GetDegree(nodeId, dir, t);
        }
        return n;
    }

    public IEnumerable<RelationshipRef> AllRelationships()
    {
        foreach (var r in view.AllRelationships())
        {
            yield return new RelationshipRef(r.Id, r.StartNodeId, r.EndNodeId, r.TypeId);
        }
    }

    public bool RelationshipExists(long relationshipId) => view.RelationshipExists(relationshipId);

    public RelationshipRef Relationship(long relationshipId)
    {
        var r = view.GetRelationship(relationshipId);
        return new RelationshipRef(r.Id, r.StartNodeId, r.EndNodeId, r.TypeId);
    }

    public CypherValue RelationshipProperty(long relationshipId, string key)
    {
        var keyId = view.GetPropertyKeyId(key);
        return keyId < 0 ? CypherNull.Instance : view.GetRelationshipProperty(relationshipId, keyId);
    }

    public IReadOnlyDictionary<string, CypherValue> RelationshipProperties(long relationshipId) =>
        Named(view.GetRelationshipProperties(relationshipId));

    public string NodeElementId(long nodeId) => _nodePrefix + nodeId.ToString(CultureInfo.InvariantCulture);

    public string RelationshipElementId(long relationshipId) =>
        _relPrefix + relationshipId.ToString(CultureInfo.InvariantCulture);

    public IEnumerable<long>? SeekNodes(string label, string key, CypherValue value)
    {
        var index = FindIndex(label, key);
        return index is null ? null : view.SeekExact(index, value);
    }

    public IEnumerable<long>? SeekNodesByPrefix(string label, string key, string prefix)
    {
        var index = FindIndex(label, key, strings: true);
        return index is null ? null : view.SeekPrefix(index, prefix);
    }

    public IEnumerable<long>? SeekNodesContaining(string label, string key, string substring)
    {
        var index = FindIndex(label, key, strings: true);
        return index is null ? null : view.EnumerateContains(index, substring);
    }

    /// <summary>
    /// The RANGE index on the label and key; for string-only searches (<paramref name="strings"/>) a TEXT
    /// index serves as well, since it holds every string value.
    /// </summary>
    private Storage.Schema.IndexDescriptor? FindIndex(string label, string key, bool strings = false)
    {
        var labelId = view.GetLabelId(label);
        var keyId = view.GetPropertyKeyId(key);
        if (labelId < 0 || keyId < 0)
        {
            return null;
        }
        var index = view.FindIndex(EntityType.Node, labelId, keyId);
        return index is { Type: StorageIndexType.Range } || (strings && index is { Type: StorageIndexType.Text })
            ? index
            : null;
    }

    public IReadOnlyList<IndexDescriptor> Indexes() =>
        [
            .. view.Indexes.Select(i => new IndexDescriptor(
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
            .. view.Constraints.Select(c => new ConstraintDescriptor(
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
        if (view.GetIndex(indexName) is not { Type: StorageIndexType.FullText })
        {
            return null;
        }
        return view.RankFullText(indexName, query).Select(h => (h.EntityId, h.Score));
    }

    public long? FullTextCount(string indexName, string query) =>
        view.GetIndex(indexName) is not { Type: StorageIndexType.FullText }
            ? null
            : view.CountFullText(indexName, query);
}
