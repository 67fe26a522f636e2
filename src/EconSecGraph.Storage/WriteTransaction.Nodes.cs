using System.Globalization;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using EconSecGraph.Storage.Internal;

namespace EconSecGraph.Storage;

public sealed partial class WriteTransaction
{
    /// <summary>
    /// Creates a node with labels and properties in one step (the bulk-load path). Null property
    /// values are skipped; a later duplicate key wins. Returns the new id (ids are never reused).
    /// </summary>
    public long CreateNode(ReadOnlySpan<int> labelIds, IReadOnlyList<KeyValuePair<int, CypherValue>>? properties = null)
    {
        EnsureWritable(schema: false);
        var labels = NormalizeLabels(labelIds);
        var body = BuildBody(properties);
        var id = _state.NextNodeId;
        if (id >= int.MaxValue)
        {
            Fail(new CypherException(Neo4jStatusCodes.UnknownError, "The store is full: at most 2^31 - 1 node ids."));
        }
        PrepareIndexes(EntityType.Node, id, [], default, labels, body, -1);
        _state.NextNodeId = id + 1;
        var setId = _state.LabelSets.Intern(labels);
        _state.NodeLabels.Set(id, setId + 1);
        if (!body.IsEmpty)
        {
            _state.NodeProps.Set(id, WriteRecord(body));
        }
        _state.NodeCount++;
        if (labels.Length > 0)
        {
            var counts = Counts();
            foreach (var l in labels)
            {
                LabelBits(l).Set(id);
                counts.AddNodes(l, 1);
            }
        }
        ApplyIndexes();
        if (_journal is not null && !_replaying)
        {
            var w = _journal.Ops;
            w.WriteByte(TxOp.CreateNode);
            w.WriteVarUInt((ulong)id);
            WriteLabels(w, labels);
            WriteBodyBytes(w, body);
            _journal.AfterOp();
        }
        return id;
    }

    /// <summary>
    /// Deletes a node. If it still has relationships when the transaction commits, the commit fails
    /// with Neo4j's ConstraintValidationFailed (use <see cref="DetachDeleteNode"/> to delete them too).
    /// Deleting a node already deleted in this transaction does nothing.
    /// </summary>
    public void DeleteNode(long nodeId)
    {
        EnsureWritable(schema: false);
        if (!_state.NodeExists(nodeId))
        {
            if (WasDeletedHere(nodeId))
            {
                return;
            }
            Fail(NodeNotFound(nodeId));
        }
        var labels = _state.NodeLabelSet(nodeId);
        var addr = _state.NodeProps.Get(nodeId);
        PrepareIndexes(EntityType.Node, nodeId, labels, _state.PropertyBody(addr), [], default, -1);
        foreach (var l in labels)
        {
            AdjustEndpointCounts(nodeId, l, -1);
        }
        var counts = labels.Length > 0 ? Counts() : null;
        foreach (var l in labels)
        {
            LabelBits(l).Clear(nodeId);
            counts!.AddNodes(l, -1);
        }
        Garbage(addr);
        _state.NodeProps.Set(nodeId, 0);
        _state.NodeLabels.Set(nodeId, 0);
        _state.NodeCount--;
        _deletedNodes.Add(nodeId);
        ApplyIndexes();
        if (_journal is not null && !_replaying)
        {
            _journal.Ops.WriteByte(TxOp.DeleteNode);
            _journal.Ops.WriteVarUInt((ulong)nodeId);
            _journal.AfterOp();
        }
    }

    /// <summary>Deletes the node's relationships, then the node. Returns the number of relationships deleted.</summary>
    public int DetachDeleteNode(long nodeId)
    {
        EnsureWritable(schema: false);
        if (!_state.NodeExists(nodeId))
        {
            if (WasDeletedHere(nodeId))
            {
                return 0;
            }
            Fail(NodeNotFound(nodeId));
        }
        var rels = new List<long>();
        var cursor = GetRelationships(nodeId, Direction.Both);
        while (cursor.MoveNext())
        {
            rels.Add(cursor.Current.RelationshipId);
        }
        foreach (var r in rels)
        {
            DeleteRelationship(r);
        }
        DeleteNode(nodeId);
        return rels.Count;
    }

    /// <summary>Adds a label; false when the node already had it.</summary>
    public bool AddLabel(long nodeId, int labelId)
    {
        EnsureWritable(schema: false);
        RequireNode(nodeId);
        RequireToken(labelId, _state.Labels.Count, "label");
        var set = _state.NodeLabels.Get(nodeId) - 1;
        var next = _state.LabelSets.With(set, labelId);
        if (next == set)
        {
            return false;
        }
        SetLabelSet(nodeId, set, next, labelId, added: true);
        return true;
    }

    /// <summary>Removes a label; false when the node did not have it.</summary>
    public bool RemoveLabel(long nodeId, int labelId)
    {
        EnsureWritable(schema: false);
        RequireNode(nodeId);
        if (labelId < 0 || labelId >= _state.Labels.Count)
        {
            return false;
        }
        var set = _state.NodeLabels.Get(nodeId) - 1;
        var next = _state.LabelSets.Without(set, labelId);
        if (next == set)
        {
            return false;
        }
        SetLabelSet(nodeId, set, next, labelId, added: false);
        return true;
    }

    private void SetLabelSet(long nodeId, int oldSet, int newSet, int label, bool added)
    {
        var body = _state.PropertyBody(_state.NodeProps.Get(nodeId));
        var oldLabels = _state.LabelSets.Get(oldSet);
        var newLabels = _state.LabelSets.Get(newSet);
        PrepareIndexes(EntityType.Node, nodeId, oldLabels, body, newLabels, body, -1);
        _state.NodeLabels.Set(nodeId, newSet + 1);
        if (added)
        {
            LabelBits(label).Set(nodeId);
        }
        else
        {
            LabelBits(label).Clear(nodeId);
        }
        Counts().AddNodes(label, added ? 1 : -1);
        AdjustEndpointCounts(nodeId, label, added ? 1 : -1);
        ApplyIndexes();
        if (_journal is not null && !_replaying)
        {
            var w = _journal.Ops;
            w.WriteByte(TxOp.SetNodeLabels);
            w.WriteVarUInt((ulong)nodeId);
            WriteLabels(w, newLabels);
            _journal.AfterOp();
        }
    }

    /// <summary>Sets a property (null removes it). Returns false only when removing a property the node did not have.</summary>
    public bool SetNodeProperty(long nodeId, int keyId, CypherValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        EnsureWritable(schema: false);
        RequireNode(nodeId);
        if (!value.IsNull)
        {
            RequireToken(keyId, _state.Keys.Count, "property key");
            ValidateValue(value);
        }
        return ChangeProperties(EntityType.Node, nodeId, keyId, value.IsNull ? null : value, null);
    }

    /// <summary>Removes a property; false when the node did not have it.</summary>
    public bool RemoveNodeProperty(long nodeId, int keyId) => SetNodeProperty(nodeId, keyId, CypherValue.Null);

    /// <summary>Replaces all properties (<c>SET n = {…}</c>); null values are skipped.</summary>
    public void ReplaceNodeProperties(long nodeId, IReadOnlyList<KeyValuePair<int, CypherValue>> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        EnsureWritable(schema: false);
        RequireNode(nodeId);
        ChangeProperties(EntityType.Node, nodeId, -1, null, properties);
    }

    /// <summary>
    /// Shared by nodes and relationships: writes a new property record with one key changed
    /// (<paramref name="replacement"/> null) or all properties replaced, maintaining indexes.
    /// </summary>
    private bool ChangeProperties(
        EntityType entity,
        long id,
        int keyId,
        CypherValue? value,
        IReadOnlyList<KeyValuePair<int, CypherValue>>? replacement
    )
    {
        ref var column = ref entity == EntityType.Node ? ref _state.NodeProps : ref _state.RelProps;
        var oldAddr = column.Get(id);
        var oldBody = _state.PropertyBody(oldAddr);
        byte[] newBody;
        if (replacement is null)
        {
            if (value is null && !PropertyRecord.Seek(oldBody, keyId, out _))
            {
                return false;
            }
            _scratch.Clear();
            PropertyRecord.WriteChanged(_scratch, oldBody, keyId, value);
            newBody = _scratch.WrittenSpan.ToArray();
        }
        else
        {
            newBody = BuildBody(replacement).ToArray();
        }
        ReadOnlySpan<int> tokens = entity == EntityType.Node ? _state.NodeLabelSet(id) : [_state.RelType.Get(id)];
        PrepareIndexes(entity, id, tokens, oldBody, tokens, newBody, replacement is null ? keyId : -1);
        Garbage(oldAddr);
        var empty = newBody.Length == 0 || PropertyRecord.Count(newBody) == 0;
        column.Set(id, empty ? 0 : WriteRecord(newBody));
        ApplyIndexes();
        if (_journal is not null && !_replaying)
        {
            var w = _journal.Ops;
            w.WriteByte(entity == EntityType.Node ? TxOp.SetNodeProperties : TxOp.SetRelationshipProperties);
            w.WriteVarUInt((ulong)id);
            WriteBodyBytes(w, empty ? default : newBody);
            _journal.AfterOp();
        }
        return true;
    }

    // ---- helpers ----

    private void ValidateValue(CypherValue value)
    {
        if (!PropertyValues.IsStorable(value))
        {
            try
            {
                PropertyValues.Validate(value);
            }
            catch (CypherException e)
            {
                Fail(e);
            }
        }
    }

    private int[] NormalizeLabels(ReadOnlySpan<int> labelIds)
    {
        if (labelIds.IsEmpty)
        {
            return [];
        }
        var labels = labelIds.ToArray();
        Array.Sort(labels);
        var n = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            RequireToken(labels[i], _state.Labels.Count, "label");
            if (i == 0 || labels[i] != labels[i - 1])
            {
                labels[n++] = labels[i];
            }
        }
        return n == labels.Length ? labels : labels[..n];
    }

    /// <summary>Encodes a property list as a record body, validating values; empty span when there are none.</summary>
    private ReadOnlySpan<byte> BuildBody(IReadOnlyList<KeyValuePair<int, CypherValue>>? properties)
    {
        if (properties is null || properties.Count == 0)
        {
            return default;
        }
        List<KeyValuePair<int, CypherValue>>? entries = null;
        var seen = properties.Count <= 16 ? null : new HashSet<int>();
        var needsCopy = false;
        for (var i = 0; i < properties.Count; i++)
        {
            var (k, v) = properties[i];
            if (v is null || v.IsNull)
            {
                needsCopy = true;
                continue;
            }
            RequireToken(k, _state.Keys.Count, "property key");
            ValidateValue(v);
            if (seen is not null ? !seen.Add(k) : HasKeyBefore(properties, i, k))
            {
                needsCopy = true;
            }
        }
        if (needsCopy)
        {
            var map = new Dictionary<int, CypherValue>();
            var order = new List<int>();
            foreach (var (k, v) in properties)
            {
                if (v is null || v.IsNull)
                {
                    continue;
                }
                if (!map.ContainsKey(k))
                {
                    order.Add(k);
                }
                map[k] = v;
            }
            entries = [.. order.Select(k => new KeyValuePair<int, CypherValue>(k, map[k]))];
            if (entries.Count == 0)
            {
                return default;
            }
        }
        _scratch.Clear();
        PropertyRecord.WriteBody(_scratch, entries ?? properties);
        return _scratch.WrittenSpan;
    }

    private static bool HasKeyBefore(IReadOnlyList<KeyValuePair<int, CypherValue>> properties, int index, int key)
    {
        for (var j = 0; j < index; j++)
        {
            if (properties[j].Key == key && !properties[j].Value.IsNull)
            {
                return true;
            }
        }
        return false;
    }

    private long WriteRecord(ReadOnlySpan<byte> body)
    {
        Span<byte> prefix = stackalloc byte[5];
        var n = 0;
        var len = (uint)body.Length;
        while (len >= 0x80)
        {
            prefix[n++] = (byte)(len | 0x80);
            len >>= 7;
        }
        prefix[n++] = (byte)len;
        var span = _state.Properties.Allocate(n + body.Length, out var address);
        prefix[..n].CopyTo(span);
        body.CopyTo(span[n..]);
        return address;
    }

    private void Garbage(long address)
    {
        if (address != 0)
        {
            var length = PropertyRecord.TotalLength(_state.Properties, address);
            _state.Properties.Garbage += length;
            _state.Properties.Live -= length;
        }
    }

    private static void WriteLabels(ByteWriter w, ReadOnlySpan<int> labels)
    {
        w.WriteVarUInt((ulong)labels.Length);
        foreach (var l in labels)
        {
            w.WriteVarUInt((ulong)l);
        }
    }

    private static void WriteBodyBytes(ByteWriter w, ReadOnlySpan<byte> body)
    {
        w.WriteVarUInt((ulong)body.Length);
        w.WriteBytes(body);
    }

    private void RequireNode(long nodeId)
    {
        if (!_state.NodeExists(nodeId))
        {
            Fail(NodeNotFound(nodeId));
        }
    }

    private bool WasDeletedHere(long nodeId) => _deletedNodes.Contains(nodeId);

    private EntityNotFoundException NodeNotFound(long nodeId)
    {
        var id = nodeId.ToString(CultureInfo.InvariantCulture);
        return WasDeletedHere(nodeId)
            ? new EntityNotFoundException($"Node with id {id} has been deleted in this transaction")
            : new EntityNotFoundException($"Unable to load NODE with id {id}.", "EntityNotFound");
    }

    private void RequireToken(int id, int count, string what)
    {
        if ((uint)id >= (uint)count)
        {
            Fail(
                new CypherArgumentException(
                    $"No {what} with id {id.ToString(CultureInfo.InvariantCulture)}; create the token first (GetOrCreate…Id)."
                )
            );
        }
    }

    /// <summary>Adds or removes a node's contribution as endpoint with <paramref name="label"/> to the per-label relationship counts.</summary>
    private void AdjustEndpointCounts(long nodeId, int label, int delta)
    {
        var cursor = GetRelationships(nodeId, Direction.Both);
        CountStore? counts = null;
        while (cursor.MoveNext())
        {
            counts ??= Counts();
            var e = cursor.Current;
            if (e.OtherNodeId == nodeId)
            {
                // a self-loop: the node is both start and end
                counts.AddLabelEndpoint(label, e.TypeId, true, delta);
                counts.AddLabelEndpoint(label, e.TypeId, false, delta);
            }
            else
            {
                counts.AddLabelEndpoint(label, e.TypeId, cursor.CurrentIsOutgoing, delta);
            }
        }
    }
}
