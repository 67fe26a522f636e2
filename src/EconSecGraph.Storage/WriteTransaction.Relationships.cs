using System.Globalization;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using EconSecGraph.Storage.Internal;

namespace EconSecGraph.Storage;

public sealed partial class WriteTransaction
{
    /// <summary>Creates <c>(start)-[:type {properties}]-&gt;(end)</c> and returns its id (ids are never reused).</summary>
    public long CreateRelationship(
        long startNodeId,
        int typeId,
        long endNodeId,
        IReadOnlyList<KeyValuePair<int, CypherValue>>? properties = null
    )
    {
        EnsureWritable(schema: false);
        RequireNode(startNodeId);
        RequireNode(endNodeId);
        RequireToken(typeId, _state.Types.Count, "relationship type");
        var body = BuildBody(properties);
        var id = _state.NextRelId;
        if (id >= int.MaxValue)
        {
            Fail(
                new CypherException(
                    Neo4jStatusCodes.UnknownError,
                    "The store is full: at most 2^31 - 1 relationship ids."
                )
            );
        }
        ReadOnlySpan<int> tokens = [typeId];
        PrepareIndexes(EntityType.Relationship, id, [], default, tokens, body, -1);
        _state.NextRelId = id + 1;
        _state.RelStart.Set(id, (int)startNodeId + 1);
        _state.RelEnd.Set(id, (int)endNodeId);
        _state.RelType.Set(id, (ushort)typeId);
        if (!body.IsEmpty)
        {
            _state.RelProps.Set(id, WriteRecord(body));
        }
        _state.RelCount++;
        Counts().AddRelationship(_state.NodeLabelSet(startNodeId), typeId, _state.NodeLabelSet(endNodeId), 1);
        _tx.DirtyNodes.Set(startNodeId);
        _tx.DirtyNodes.Set(endNodeId);
        if (_tx.LinksBuilt)
        {
            _tx.Link(id, (int)startNodeId, (int)endNodeId);
        }
        ApplyIndexes();
        if (_journal is not null && !_replaying)
        {
            var w = _journal.Ops;
            w.WriteByte(TxOp.CreateRelationship);
            w.WriteVarUInt((ulong)id);
            w.WriteVarUInt((ulong)startNodeId);
            w.WriteVarUInt((ulong)endNodeId);
            w.WriteVarUInt((ulong)typeId);
            WriteBodyBytes(w, body);
            _journal.AfterOp();
        }
        return id;
    }

    /// <summary>Deletes a relationship. Deleting one already deleted in this transaction does nothing.</summary>
    public void DeleteRelationship(long relationshipId)
    {
        EnsureWritable(schema: false);
        if (!_state.RelExists(relationshipId))
        {
            if (relationshipId >= 0 && relationshipId < _state.NextRelId && _base.RelExists(relationshipId))
            {
                return; // deleted earlier in this transaction
            }
            if (relationshipId >= _tx.BaseRelId && relationshipId < _state.NextRelId)
            {
                return; // created and deleted in this transaction
            }
            Fail(
                new EntityNotFoundException(
                    $"Unable to load RELATIONSHIP with id {relationshipId.ToString(CultureInfo.InvariantCulture)}.",
                    "EntityNotFound"
                )
            );
        }
        var start = _state.RelStart.Get(relationshipId) - 1;
        var end = _state.RelEnd.Get(relationshipId);
        var type = _state.RelType.Get(relationshipId);
        var addr = _state.RelProps.Get(relationshipId);
        PrepareIndexes(EntityType.Relationship, relationshipId, [type], _state.PropertyBody(addr), [], default, -1);
        Garbage(addr);
        _state.RelProps.Set(relationshipId, 0);
        _state.RelStart.Set(relationshipId, 0);
        _state.RelCount--;
        Counts().AddRelationship(_state.NodeLabelSet(start), type, _state.NodeLabelSet(end), -1);
        _tx.DirtyNodes.Set(start);
        _tx.DirtyNodes.Set(end);
        _tx.HasRelDeletes = true;
        ApplyIndexes();
        if (_journal is not null && !_replaying)
        {
            _journal.Ops.WriteByte(TxOp.DeleteRelationship);
            _journal.Ops.WriteVarUInt((ulong)relationshipId);
            _journal.AfterOp();
        }
    }

    /// <summary>Sets a relationship property (null removes it). Returns false only when removing an absent property.</summary>
    public bool SetRelationshipProperty(long relationshipId, int keyId, CypherValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        EnsureWritable(schema: false);
        RequireRelationship(relationshipId);
        if (!value.IsNull)
        {
            RequireToken(keyId, _state.Keys.Count, "property key");
            ValidateValue(value);
        }
        return ChangeProperties(EntityType.Relationship, relationshipId, keyId, value.IsNull ? null : value, null);
    }

    public bool RemoveRelationshipProperty(long relationshipId, int keyId) =>
        SetRelationshipProperty(relationshipId, keyId, CypherValue.Null);

    /// <summary>Replaces all properties of a relationship (<c>SET r = {…}</c>).</summary>
    public void ReplaceRelationshipProperties(
        long relationshipId,
        IReadOnlyList<KeyValuePair<int, CypherValue>> properties
    )
    {
        ArgumentNullException.ThrowIfNull(properties);
        EnsureWritable(schema: false);
        RequireRelationship(relationshipId);
        ChangeProperties(EntityType.Relationship, relationshipId, -1, null, properties);
    }

    private void RequireRelationship(long relationshipId)
    {
        if (!_state.RelExists(relationshipId))
        {
            Fail(
                new EntityNotFoundException(
                    $"Unable to load RELATIONSHIP with id {relationshipId.ToString(CultureInfo.InvariantCulture)}.",
                    "EntityNotFound"
                )
            );
        }
    }
}
