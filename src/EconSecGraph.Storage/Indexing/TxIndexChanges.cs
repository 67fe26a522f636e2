namespace EconSecGraph.Storage.Indexing;

/// <summary>Entries a write transaction added to or removed from one index; merged into the run at commit.</summary>
internal sealed class TxIndexChanges
{
    /// <summary>Committed entries removed (entity → its committed key).</summary>
    public readonly Dictionary<long, string> Removed = [];

    /// <summary>Entries added (entity → key); an entity has at most one key per index.</summary>
    public readonly Dictionary<long, string> Added = [];

    /// <summary>Added entries by key, for equality lookups and uniqueness checks.</summary>
    public readonly Dictionary<string, List<long>> AddedByKey = new(StringComparer.Ordinal);

    public bool IsEmpty => Removed.Count == 0 && Added.Count == 0;

    public void Add(string key, long id)
    {
        Added[id] = key;
        if (!AddedByKey.TryGetValue(key, out var list))
        {
            list = [];
            AddedByKey[key] = list;
        }
        list.Add(id);
    }

    /// <summary>Removes the entry of <paramref name="id"/> whose key is <paramref name="key"/>.</summary>
    public void Remove(string key, long id)
    {
        if (Added.TryGetValue(id, out var added) && string.Equals(added, key, StringComparison.Ordinal))
        {
            Added.Remove(id);
            var list = AddedByKey[key];
            list.Remove(id);
            if (list.Count == 0)
            {
                AddedByKey.Remove(key);
            }
            return;
        }
        Removed.TryAdd(id, key);
    }
}
