using EconSecGraph.Graph.Values;

namespace EconSecGraph.Storage;

public sealed partial class WriteTransaction
{
    internal void ReplayCreateNode(long id, int[] labels, IReadOnlyList<KeyValuePair<int, CypherValue>> properties)
    {
        if (id < _state.NextNodeId)
        {
            throw new FormatException($"Node id {id} replayed out of order.");
        }
        _state.NextNodeId = id;
        CreateNode(labels, properties);
    }

    internal void ReplayCreateRelationship(
        long id,
        long start,
        int type,
        long end,
        IReadOnlyList<KeyValuePair<int, CypherValue>> properties
    )
    {
        if (id < _state.NextRelId)
        {
            throw new FormatException($"Relationship id {id} replayed out of order.");
        }
        _state.NextRelId = id;
        CreateRelationship(start, type, end, properties);
    }

    internal void ReplayHighWater(long nextNode, long nextRel, long nextSchemaId)
    {
        _state.NextNodeId = Math.Max(_state.NextNodeId, nextNode);
        _state.NextRelId = Math.Max(_state.NextRelId, nextRel);
        if (nextSchemaId > _state.Schema.NextId)
        {
            _state.Schema = _state.Schema.With(nextId: nextSchemaId);
        }
    }

    /// <summary>Sets the id of the transaction replay ends with.</summary>
    internal void ReplayTxId(long txId) => _state.TxId = txId;
}
