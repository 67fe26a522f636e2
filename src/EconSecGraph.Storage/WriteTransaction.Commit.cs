using System.Globalization;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Storage.FullText;
using EconSecGraph.Storage.Indexing;
using EconSecGraph.Storage.Internal;

namespace EconSecGraph.Storage;

public sealed partial class WriteTransaction
{
    private const long AdjacencyCompactionMinimum = 1 << 22;
    private const long PropertyCompactionMinimum = 64L << 20;

    /// <summary>Deferred checks, then folds the transaction's changes into the per-node adjacency blocks and the indexes.</summary>
    private void PrepareCommit()
    {
        foreach (var node in _deletedNodes)
        {
            if (!_state.NodeExists(node) && HasRemainingRelationships(node))
            {
                throw new ConstraintViolationException(
                    $"Cannot delete node<{node.ToString(CultureInfo.InvariantCulture)}>, because it still has relationships. To delete this node, you must first delete its relationships."
                );
            }
        }
        MergeAdjacency();
        MergeIndexes();
        if (_state.Adjacency.Garbage > AdjacencyCompactionMinimum && _state.Adjacency.Garbage > _state.Adjacency.Live)
        {
            CompactAdjacency();
        }
        if (_state.Properties.Garbage > PropertyCompactionMinimum && _state.Properties.Garbage > _state.Properties.Live)
        {
            CompactProperties();
        }
    }

    private bool HasRemainingRelationships(long node)
    {
        foreach (var outgoing in (ReadOnlySpan<bool>)[true, false])
        {
            foreach (var e in _state.Block(node, outgoing))
            {
                if (_state.RelStart.Get(e.Rel) != 0)
                {
                    return true;
                }
            }
        }
        if (!_tx.DirtyNodes.Get(node))
        {
            return false;
        }
        if (!_tx.LinksBuilt)
        {
            BuildLinks(_tx);
        }
        for (var r = _tx.HeadOut.Get(node); r != 0; r = _tx.NextOut.Get(r - 1 - _tx.BaseRelId))
        {
            if (_state.RelStart.Get(r - 1) != 0)
            {
                return true;
            }
        }
        for (var r = _tx.HeadIn.Get(node); r != 0; r = _tx.NextIn.Get(r - 1 - _tx.BaseRelId))
        {
            if (_state.RelStart.Get(r - 1) != 0)
            {
                return true;
            }
        }
        return false;
    }

    private void MergeAdjacency()
    {
        var limit = _state.NextNodeId;
        var first = _tx.DirtyNodes.NextSetBit(0, limit);
        if (first < 0)
        {
            return;
        }
        if (!_tx.LinksBuilt)
        {
            BuildLinks(_tx);
        }
        var buffer = new RelationshipEntry[64];
        for (var node = first; node >= 0; node = _tx.DirtyNodes.NextSetBit(node + 1, limit))
        {
            RebuildBlock(node, outgoing: true, ref buffer);
            RebuildBlock(node, outgoing: false, ref buffer);
        }
    }

    private void RebuildBlock(long node, bool outgoing, ref RelationshipEntry[] buffer)
    {
        var committed = _state.Block(node, outgoing);
        var n = 0;
        foreach (var e in committed)
        {
            if (!_tx.HasRelDeletes || _state.RelStart.Get(e.Rel) != 0)
            {
                Put(ref buffer, ref n, e);
            }
        }
        var head = outgoing ? _tx.HeadOut.Get(node) : _tx.HeadIn.Get(node);
        var pendingStart = n;
        for (
            var r = head;
            r != 0;
            r = outgoing ? _tx.NextOut.Get(r - 1 - _tx.BaseRelId) : _tx.NextIn.Get(r - 1 - _tx.BaseRelId)
        )
        {
            var rel = r - 1;
            var start = _state.RelStart.Get(rel);
            if (start == 0)
            {
                continue;
            }
            var other = outgoing ? _state.RelEnd.Get(rel) : start - 1;
            Put(ref buffer, ref n, new RelationshipEntry(rel, other, _state.RelType.Get(rel)));
        }
        if (n == committed.Length && n == pendingStart && !_tx.HasRelDeletes)
        {
            return; // unchanged
        }
        var entries = buffer.AsSpan(0, n);
        if (n != pendingStart)
        {
            entries.Sort(static (a, b) => a.TypeId != b.TypeId ? a.TypeId.CompareTo(b.TypeId) : a.Rel.CompareTo(b.Rel));
        }
        _state.Adjacency.Garbage += committed.Length;
        _state.Adjacency.Live -= committed.Length;
        var address = 0;
        if (n > 0)
        {
            entries.CopyTo(_state.Adjacency.Allocate(n, out address));
        }
        if (outgoing)
        {
            _state.OutAddr.Set(node, address);
            _state.OutCount.Set(node, n);
        }
        else
        {
            _state.InAddr.Set(node, address);
            _state.InCount.Set(node, n);
        }
    }

    private static void Put(ref RelationshipEntry[] buffer, ref int n, RelationshipEntry e)
    {
        if (n == buffer.Length)
        {
            Arrays.Resize(ref buffer, buffer.Length * 2);
        }
        buffer[n++] = e;
    }

    private void MergeIndexes()
    {
        var schema = _state.Schema;
        if (_tx.IndexChanges.Count > 0)
        {
            var indexes = (PropertyIndex[])schema.Indexes.Clone();
            var changed = false;
            for (var i = 0; i < indexes.Length; i++)
            {
                if (_tx.IndexChanges.TryGetValue(indexes[i].Descriptor.Id, out var changes) && !changes.IsEmpty)
                {
                    // rebuilds only the index's small delta (folded into the base now and then)
                    indexes[i] = indexes[i].Apply(changes);
                    changed = true;
                }
            }
            if (changed)
            {
                schema = schema.With(indexes: indexes);
            }
        }
        if (_tx.FullTextDirty.Count > 0)
        {
            var fullText = (FullTextIndex[])schema.FullText.Clone();
            for (var i = 0; i < fullText.Length; i++)
            {
                if (_tx.FullTextDirty.TryGetValue(fullText[i].Descriptor.Id, out var dirty) && dirty.Count > 0)
                {
                    fullText[i] = fullText[i].Update(dirty, this);
                }
            }
            schema = schema.With(fullText: fullText);
        }
        _state.Schema = schema;
    }

    /// <summary>Rewrites all live adjacency blocks into a fresh pool (garbage exceeded live data).</summary>
    private void CompactAdjacency()
    {
        var pool = new AdjacencyPool();
        for (long node = 0; node < _state.NextNodeId; node++)
        {
            foreach (var outgoing in (ReadOnlySpan<bool>)[true, false])
            {
                var block = _state.Block(node, outgoing);
                var address = 0;
                if (block.Length > 0)
                {
                    block.CopyTo(pool.Allocate(block.Length, out address));
                }
                if (outgoing ? _state.OutAddr.Get(node) != address : _state.InAddr.Get(node) != address)
                {
                    if (outgoing)
                    {
                        _state.OutAddr.Set(node, address);
                    }
                    else
                    {
                        _state.InAddr.Set(node, address);
                    }
                }
            }
        }
        _state.Adjacency = pool;
    }

    /// <summary>Rewrites all live property records into a fresh pool.</summary>
    private void CompactProperties()
    {
        var old = _state.Properties;
        var pool = new BytePool();
        for (long id = 0; id < _state.NextNodeId; id++)
        {
            var addr = _state.NodeProps.Get(id);
            if (addr != 0)
            {
                _state.NodeProps.Set(id, Copy(old, addr, ref pool));
            }
        }
        for (long id = 0; id < _state.NextRelId; id++)
        {
            var addr = _state.RelProps.Get(id);
            if (addr != 0)
            {
                _state.RelProps.Set(id, Copy(old, addr, ref pool));
            }
        }
        _state.Properties = pool;

        static long Copy(in BytePool from, long address, ref BytePool to)
        {
            var length = PropertyRecord.TotalLength(from, address);
            from.From(address)[..length].CopyTo(to.Allocate(length, out var next));
            return next;
        }
    }
}
