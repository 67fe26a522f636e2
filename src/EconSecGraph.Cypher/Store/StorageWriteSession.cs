using EconSecGraph.Graph.Values;
using EconSecGraph.Storage;
using StorageIndexType = EconSecGraph.Storage.Schema.IndexType;

namespace EconSecGraph.Cypher.Store;

/// <summary>
/// The storage write transaction seen through the engine's write seam. For CALL { … } IN TRANSACTIONS the
/// session commits (or rolls back) a batch and continues in a fresh transaction of the same store, so the
/// operators holding this session keep working.
/// </summary>
internal sealed class StorageWriteSession(
    WriteTransaction tx,
    string storeId,
    GraphStore? store = null,
    TimeSpan? timeout = null,
    CancellationToken cancellationToken = default
) : StorageView(tx, storeId), IWriteSession
{
    private WriteTransaction _tx = tx;

    private readonly HashSet<long> _deletedNodes = [];
    private readonly HashSet<long> _deletedRelationships = [];

    /// <summary>The storage transaction (for writes the seam does not cover, such as the bulk import).</summary>
    internal WriteTransaction Transaction => _tx;

    public long CreateNode(IReadOnlyList<string> labels, IEnumerable<KeyValuePair<string, CypherValue>> properties)
    {
        Span<int> ids = labels.Count <= 16 ? stackalloc int[labels.Count] : new int[labels.Count];
        for (var i = 0; i < labels.Count; i++)
        {
            ids[i] = _tx.GetOrCreateLabelId(labels[i]);
        }
        return _tx.CreateNode(ids, Keyed(properties));
    }

    private List<KeyValuePair<int, CypherValue>>? Keyed(IEnumerable<KeyValuePair<string, CypherValue>> properties)
    {
        List<KeyValuePair<int, CypherValue>>? list = null;
        foreach (var (k, v) in properties)
        {
            (list ??= []).Add(new(_tx.GetOrCreatePropertyKeyId(k), v));
        }
        return list;
    }

    public long CreateRelationship(
        long startNodeId,
        long endNodeId,
        string type,
        IEnumerable<KeyValuePair<string, CypherValue>> properties
    ) => _tx.CreateRelationship(startNodeId, _tx.GetOrCreateRelationshipTypeId(type), endNodeId, Keyed(properties));

    public bool SetNodeProperty(long nodeId, string key, CypherValue value)
    {
        if (value.IsNull)
        {
            var id = _tx.GetPropertyKeyId(key);
            return id >= 0 && _tx.RemoveNodeProperty(nodeId, id);
        }
        return _tx.SetNodeProperty(nodeId, _tx.GetOrCreatePropertyKeyId(key), value);
    }

    public bool SetRelationshipProperty(long relationshipId, string key, CypherValue value)
    {
        if (value.IsNull)
        {
            var id = _tx.GetPropertyKeyId(key);
            return id >= 0 && _tx.RemoveRelationshipProperty(relationshipId, id);
        }
        return _tx.SetRelationshipProperty(relationshipId, _tx.GetOrCreatePropertyKeyId(key), value);
    }

    public bool AddLabel(long nodeId, string label) => _tx.AddLabel(nodeId, _tx.GetOrCreateLabelId(label));

    public bool RemoveLabel(long nodeId, string label)
    {
        var id = _tx.GetLabelId(label);
        return id >= 0 && _tx.RemoveLabel(nodeId, id);
    }

    public bool DeleteNode(long nodeId)
    {
        if (!_tx.NodeExists(nodeId))
        {
            return false;
        }
        _tx.DeleteNode(nodeId);
        _deletedNodes.Add(nodeId);
        return true;
    }

    public bool DeleteRelationship(long relationshipId)
    {
        if (!_tx.RelationshipExists(relationshipId))
        {
            return false;
        }
        _tx.DeleteRelationship(relationshipId);
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
            _tx.CreateFullTextIndex(
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
            _tx.CreateIndex(name, entity, labelsOrTypes.Count > 0 ? labelsOrTypes[0] : string.Empty, properties, kind);
        }
        return Indexes()[^1];
    }

    public void DropIndex(string name) => _tx.DropIndex(name);

    public ConstraintDescriptor CreateUniqueConstraint(
        string? name,
        bool isRelationship,
        string labelOrType,
        IReadOnlyList<string> properties
    )
    {
        _tx.CreateUniqueConstraint(
            name,
            isRelationship ? EntityType.Relationship : EntityType.Node,
            labelOrType,
            properties
        );
        return Constraints()[^1];
    }

    public void DropConstraint(string name) => _tx.DropConstraint(name);

    public long Commit()
    {
        _tx.Commit();
        return _tx.TransactionId;
    }

    public long CommitBatch()
    {
        var number = Commit();
        Continue();
        return number;
    }

    public void RollbackBatch()
    {
        _tx.Rollback();
        Continue();
    }

    private void Continue()
    {
        if (store is null)
        {
            throw new InvalidOperationException("This write session cannot start batch transactions.");
        }
        _tx.Dispose();
        _deletedNodes.Clear();
        _deletedRelationships.Clear();
        _tx = store.BeginWrite(timeout, cancellationToken);
        Rebind(_tx);
    }

    public void Rollback() => _tx.Rollback();

    public void Dispose() => _tx.Dispose();
}
