using System.Globalization;
using System.Text;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using EconSecGraph.Storage.Indexing;
using EconSecGraph.Storage.Internal;

namespace EconSecGraph.Storage;

public sealed partial class WriteTransaction
{
    private readonly List<(PropertyIndex Index, string? OldKey, string? NewKey, long Id)> _pendingIndexOps = [];

    /// <summary>
    /// Works out the index entries an entity change adds and removes, and checks uniqueness before
    /// anything is written (so a violation leaves the transaction's state untouched).
    /// </summary>
    private void PrepareIndexes(
        EntityType entity,
        long id,
        ReadOnlySpan<int> oldTokens,
        ReadOnlySpan<byte> oldBody,
        ReadOnlySpan<int> newTokens,
        ReadOnlySpan<byte> newBody,
        int changedKey
    )
    {
        _pendingIndexOps.Clear();
        var schema = _state.Schema;
        if (schema.IsEmpty)
        {
            return;
        }
        foreach (var token in oldTokens)
        {
            PrepareToken(entity, id, token, true, newTokens.Contains(token), oldBody, newBody, changedKey);
        }
        foreach (var token in newTokens)
        {
            if (!oldTokens.Contains(token))
            {
                PrepareToken(entity, id, token, false, true, oldBody, newBody, changedKey);
            }
        }
        if (schema.FullText.Length > 0)
        {
            MarkFullText(entity, id, oldTokens, newTokens, changedKey);
        }
    }

    private void PrepareToken(
        EntityType entity,
        long id,
        int token,
        bool inOld,
        bool inNew,
        ReadOnlySpan<byte> oldBody,
        ReadOnlySpan<byte> newBody,
        int changedKey
    )
    {
        foreach (var index in _state.Schema.IndexesFor(entity, token))
        {
            if (changedKey >= 0 && inOld && inNew && !index.Descriptor.PropertyKeyIds.Contains(changedKey))
            {
                continue;
            }
            var oldKey = inOld ? KeyFor(index, oldBody) : null;
            var newKey = inNew ? KeyFor(index, newBody) : null;
            if (string.Equals(oldKey, newKey, StringComparison.Ordinal))
            {
                continue;
            }
            if (newKey is not null && index.Unique)
            {
                var other = FindOther(index, newKey, id);
                if (other >= 0)
                {
                    Fail(UniquenessViolation(index, other, newBody));
                }
            }
            _pendingIndexOps.Add((index, oldKey, newKey, id));
        }
    }

    private void ApplyIndexes()
    {
        foreach (var (index, oldKey, newKey, id) in _pendingIndexOps)
        {
            var changes = _tx.ChangesFor(index.Descriptor.Id);
            if (oldKey is not null)
            {
                changes.Remove(oldKey, id);
            }
            if (newKey is not null)
            {
                changes.Add(newKey, id);
            }
        }
        _pendingIndexOps.Clear();
    }

    internal static string? KeyFor(PropertyIndex index, ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }
        var keys = index.Descriptor.PropertyKeyIds;
        if (keys.Count == 1)
        {
            var v = PropertyRecord.Get(body, keys[0]);
            if (v is null || !index.Accepts(IndexKey.CategoryOf(v)))
            {
                return null;
            }
            return IndexKey.Encode(v);
        }
        var values = new CypherValue[keys.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var v = PropertyRecord.Get(body, keys[i]);
            if (v is null)
            {
                return null;
            }
            values[i] = v;
        }
        return IndexKey.Encode(values);
    }

    /// <summary>Another entity than <paramref name="self"/> holding <paramref name="key"/> in this transaction's view, or -1.</summary>
    private long FindOther(PropertyIndex index, string key, long self)
    {
        var changes = _tx.IndexChanges.GetValueOrDefault(index.Descriptor.Id);
        for (var cursor = index.Seek(key); cursor.Valid && cursor.Key.SequenceEqual(key); cursor.Next())
        {
            var other = cursor.Id;
            if (other == self)
            {
                continue;
            }
            if (
                changes is not null
                && changes.Removed.TryGetValue(other, out var gone)
                && string.Equals(gone, key, StringComparison.Ordinal)
            )
            {
                continue;
            }
            return other;
        }
        if (changes is not null && changes.AddedByKey.TryGetValue(key, out var added))
        {
            foreach (var other in added)
            {
                if (other != self)
                {
                    return other;
                }
            }
        }
        return -1;
    }

    private static ConstraintViolationException UniquenessViolation(
        PropertyIndex index,
        long other,
        ReadOnlySpan<byte> body
    )
    {
        var d = index.Descriptor;
        var sb = new StringBuilder();
        sb.Append(d.EntityType == EntityType.Node ? "Node(" : "Relationship(")
            .Append(other.ToString(CultureInfo.InvariantCulture))
            .Append(") already exists with ")
            .Append(d.EntityType == EntityType.Node ? "label `" : "type `")
            .Append(d.LabelsOrTypes[0])
            .Append("` and ")
            .Append(d.Properties.Count == 1 ? "property " : "properties ");
        for (var i = 0; i < d.Properties.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }
            var value = PropertyRecord.Get(body, d.PropertyKeyIds[i]) ?? CypherValue.Null;
            sb.Append('`').Append(d.Properties[i]).Append("` = ").Append(CypherLiteral.Render(value));
        }
        return new ConstraintViolationException(sb.ToString());
    }

    private void MarkFullText(
        EntityType entity,
        long id,
        ReadOnlySpan<int> oldTokens,
        ReadOnlySpan<int> newTokens,
        int changedKey
    )
    {
        foreach (var ft in _state.Schema.FullText)
        {
            var d = ft.Descriptor;
            if (d.EntityType != entity || (changedKey >= 0 && !d.PropertyKeyIds.Contains(changedKey)))
            {
                continue;
            }
            var relevant = false;
            foreach (var t in d.LabelOrTypeIds)
            {
                if (oldTokens.Contains(t) || newTokens.Contains(t))
                {
                    relevant = true;
                    break;
                }
            }
            if (!relevant)
            {
                continue;
            }
            if (!_tx.FullTextDirty.TryGetValue(d.Id, out var set))
            {
                set = [];
                _tx.FullTextDirty[d.Id] = set;
            }
            set.Add(id);
        }
    }
}
