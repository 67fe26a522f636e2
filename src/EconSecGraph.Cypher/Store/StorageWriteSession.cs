using EconSecGraph.Graph.Values;
using EconSecGraph.Storage;
using StorageIndexType = EconSecGraph.Storage.Schema.IndexType;

namespace EconSecGraph.Cypher.Store;

/// <summary>The storage write transaction seen through the engine's write seam.</summary>
internal sealed class StorageWriteSession(WriteTransaction tx, string storeId) : StorageView(tx, storeId), IWriteSession
{
    private readonly HashSet<long> _deletedNodes = [];
    private readonly HashSet<long> _deletedRelationships = [];

    /// <summary>The storage transaction (for writes the seam does not cover, such as the bulk import).</summary>
    internal WriteTransaction Transaction => tx;

    public long CreateNode(IReadOnlyList<string> labels, IEnumerable<KeyValuePair<string, CypherValue>> properties)
    {
        Span<int> ids = labels.Count <= 16 ? stackalloc int[labels.Count] : new int[labels.Count];
        for (var i = 0; i < labels.Count; i++)
        {
            ids[i] = tx.GetOrCreateLabelId(labels[i]);
        }
        return tx.CreateNode(ids, Keyed(properties));
    }

    private List<KeyValuePair<int, CypherValue>>? Keyed(IEnumerable<KeyValuePair<string, CypherValue>> properties)
    {
        List<KeyValuePair<int, CypherValue>>? list = null;
        foreach (var (k, v) in properties)
        {
            (list ??= []).Add(new(tx.GetOrCreatePropertyKeyId(k), v));
        }
        return list;
    }

    public long CreateRelationship(
        long startNodeId,
        long endNodeId,
        string type,
        IEnumerable<KeyValuePair<string, CypherValue>> properties
    ) => tx.CreateRelationship(startNodeId, tx.GetOrCreateRelationshipTypeId(type), endNodeId, Keyed(properties));

    public bool SetNodeProperty(long nodeId, string key, CypherValue value)
    {
        if (value.IsNull)
        {
            var id = tx.GetPropertyKeyId(key);
            return id >= 0 && tx.RemoveNodeProperty(nodeId, id);
        }
        return tx.SetNodeProperty(nodeId, tx.GetOrCreatePropertyKeyId(key), value);
    }

    public bool SetRelationshipProperty(long relationshipId, string key, CypherValue value)
    {
        if (value.IsNull)
        {
            var id = tx.GetPropertyKeyId(key);
            return id >= 0 && tx.RemoveRelationshipProperty(relationshipId, id);
        }
        return tx.SetRelationshipProperty(relationshipId, tx.GetOrCreatePropertyKeyId(key), value);
    }

    public bool AddLabel(long nodeId, string label) => tx.AddLabel(nodeId, tx.GetOrCreateLabelId(label));

    public bool RemoveLabel(long nodeId, string label)
    {
        var id = tx.GetLabelId(label);
        return id >= 0 && tx.RemoveLabel(nodeId, id);
    }

    public bool DeleteNode(long nodeId)
    {
        if (!tx.NodeExists(nodeId))
        {
            return false;
        }
        tx.DeleteNode(nodeId);
        _deletedNodes.Add(nodeId);
        return true;
    }

    public bool DeleteRelationship(long relationshipId)
    {
        if (!tx.RelationshipExists(relationshipId))
        {
            return false;
        }
        tx.DeleteRelationship(relationshipId);
        _deletedRelationships.Add(relationshipId);
        return true;
    }

    public bool IsDeletedNode(long nodeId) => _deletedNodes.Contains(nodeId);

    public bool IsDeletedRelationship(long relationshipId) => _deletedRelationships.Contains(relationshipId);

    public IndexDescriptor CreateIndex(
        string? name,
        string type,
        bool isRelationship,
        IReadOnlyList<string> labelsOrTypes,
        IReadOnlyList<string> properties,
        IReadOnlyDictionary<string, string> config
    )
    {
        var entity = isRelationship ? EntityType.Relationship : EntityType.Node;
        if (string.Equals(type, "FULLTEXT", StringComparison.Ordinal))
        {
            config.TryGetValue("fulltext.analyzer", out var analyzer);
            var eventually =
                config.TryGetValue("fulltext.eventually_consistent", out var ev)
                && string.Equals(ev, "true", StringComparison.OrdinalIgnoreCase);
            tx.CreateFullTextIndex(
                name ?? "fulltext_" + string.Join("_", labelsOrTypes),
                entity,
                labelsOrTypes,
                properties,
                analyzer,
                eventually
            );
        }
        else
        {
            var kind = type switch
            {
                "TEXT" => StorageIndexType.Text,
                "POINT" => StorageIndexType.Point,
                "LOOKUP" => StorageIndexType.Lookup,
                _ => StorageIndexType.Range,
            };
            tx.CreateIndex(name, entity, labelsOrTypes.Count > 0 ? labelsOrTypes[0] : string.Empty, properties, kind);
        }
        return Indexes()[^1];
    }

    public void DropIndex(string name) => tx.DropIndex(name);

    public ConstraintDescriptor CreateUniqueConstraint(
        string? name,
        bool isRelationship,
        string labelOrType,
        IReadOnlyList<string> properties
    )
    {
        tx.CreateUniqueConstraint(
            name,
            isRelationship ? EntityType.Relationship : EntityType.Node,
            labelOrType,
            properties
        );
        return Constraints()[^1];
    }

    public void DropConstraint(string name) => tx.DropConstraint(name);

    public long Commit()
    {
        tx.Commit();
        return tx.TransactionId;
    }

    public void Rollback() => tx.Rollback();

    public void Dispose() => tx.Dispose();
}
