using System.Runtime.InteropServices;
using EconSecGraph.Graph.Values;
using EconSecGraph.Storage.Internal;

namespace EconSecGraph.Storage;

/// <summary>
/// The read API shared by <see cref="GraphSnapshot"/> (an immutable committed view, safe to use from
/// many threads) and <see cref="WriteTransaction"/> (which also sees its own uncommitted writes).
/// Ids are <c>long</c> in the API; entity ids stay below 2^31 in this version (well below 2^53).
/// Unknown token names map to -1, and every read given a negative token id returns nothing.
/// </summary>
public abstract partial class GraphView
{
    private protected GraphView(GraphStore store) => Store = store;

    internal GraphStore Store { get; }

    internal abstract StoreState S { get; }

    internal abstract TxOverlay? Tx { get; }

    /// <summary>The store id used in element ids (Neo4j's database id).</summary>
    public string StoreId => Store.StoreId;

    /// <summary>The id of the last transaction committed in this view (for a write transaction, the one it started from).</summary>
    public abstract long TransactionId { get; }

    // ---- tokens ----

    /// <summary>The id of a label, or -1 when no node ever had it.</summary>
    public int GetLabelId(string name) => S.Labels.GetId(name);

    public string GetLabelName(int labelId) => S.Labels.GetName(labelId);

    /// <summary>All label names by id (including labels no node has any more; see <see cref="CountNodes"/>).</summary>
    public IReadOnlyList<string> LabelNames => S.Labels.Names;

    public int GetRelationshipTypeId(string name) => S.Types.GetId(name);

    public string GetRelationshipTypeName(int typeId) => S.Types.GetName(typeId);

    public IReadOnlyList<string> RelationshipTypeNames => S.Types.Names;

    public int GetPropertyKeyId(string name) => S.Keys.GetId(name);

    public string GetPropertyKeyName(int keyId) => S.Keys.GetName(keyId);

    public IReadOnlyList<string> PropertyKeyNames => S.Keys.Names;

    // ---- statistics ----

    public long NodeCount => S.NodeCount;

    public long RelationshipCount => S.RelCount;

    /// <summary>Nodes with the label (0 for a negative id).</summary>
    public long CountNodes(int labelId) => labelId < 0 ? 0 : S.Counts.Nodes(labelId);

    /// <summary>
    /// Relationships matching <c>(:startLabel)-[:type]-&gt;(:endLabel)</c>, where -1 means "any" for
    /// the labels and the type (Neo4j's count store: at most one of the two labels may be given).
    /// </summary>
    public long CountRelationships(int startLabelId = -1, int typeId = -1, int endLabelId = -1) =>
        S.Counts.Relationships(startLabelId, typeId, endLabelId);

    // ---- nodes ----

    /// <summary>One past the highest node id ever allocated (for scans and visited-bitmaps).</summary>
    public long NodeIdUpperBound => S.NextNodeId;

    public bool NodeExists(long nodeId) => S.NodeExists(nodeId);

    /// <summary>All nodes in id order.</summary>
    public NodeScan AllNodes() => new(S, -1);

    /// <summary>The nodes with the label, in id order (label-index scan).</summary>
    public NodeScan NodesWithLabel(int labelId) => labelId < 0 ? default : new NodeScan(S, labelId);

    /// <summary>The node's label ids, sorted (empty when the node does not exist).</summary>
    public ReadOnlySpan<int> GetLabels(long nodeId) => S.NodeExists(nodeId) ? S.NodeLabelSet(nodeId) : default;

    public bool HasLabel(long nodeId, int labelId) =>
        labelId >= 0 && labelId < S.LabelIndex.Length && S.LabelIndex[labelId].Get(nodeId) && S.NodeExists(nodeId);

    /// <summary>The property value, or Cypher null when the node has no such property (or does not exist).</summary>
    public CypherValue GetNodeProperty(long nodeId, int keyId) =>
        keyId < 0 || !S.NodeExists(nodeId)
            ? CypherValue.Null
            : PropertyRecord.Get(S.PropertyBody(S.NodeProps.Get(nodeId)), keyId) ?? CypherValue.Null;

    public bool NodeHasProperty(long nodeId, int keyId) =>
        keyId >= 0
        && S.NodeExists(nodeId)
        && PropertyRecord.Seek(S.PropertyBody(S.NodeProps.Get(nodeId)), keyId, out _);

    /// <summary>
    /// A string property as chars, without allocating (for filters such as STARTS WITH / CONTAINS).
    /// False when absent or not a string. The span stays valid as long as this view is used.
    /// </summary>
    public bool TryGetNodeString(long nodeId, int keyId, out ReadOnlySpan<char> value) =>
        TryGetString(S.NodeExists(nodeId) ? S.NodeProps.Get(nodeId) : 0, keyId, out value);

    /// <summary>All properties of the node as (key id, value), in storage order.</summary>
    public IReadOnlyList<KeyValuePair<int, CypherValue>> GetNodeProperties(long nodeId)
    {
        var list = new List<KeyValuePair<int, CypherValue>>();
        if (S.NodeExists(nodeId))
        {
            PropertyRecord.ReadAll(S.PropertyBody(S.NodeProps.Get(nodeId)), list);
        }
        return list;
    }

    /// <summary>The property key ids the node has.</summary>
    public int[] GetNodePropertyKeys(long nodeId)
    {
        var list = GetNodeProperties(nodeId);
        var keys = new int[list.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = list[i].Key;
        }
        return keys;
    }

    private protected bool TryGetString(long address, int keyId, out ReadOnlySpan<char> value)
    {
        value = default;
        if (address == 0 || keyId < 0)
        {
            return false;
        }
        var body = S.PropertyBody(address);
        if (!PropertyRecord.Seek(body, keyId, out var offset) || body[offset] != ValueCodec.String)
        {
            return false;
        }
        var r = new ByteReader(body) { Position = offset + 1 };
        var chars = r.ReadCount();
        value = MemoryMarshal.Cast<byte, char>(body.Slice(r.Position, chars * 2));
        return true;
    }
}
