namespace EconSecGraph.Storage.Internal;

/// <summary>
/// Names ↔ ids for labels, relationship types or property keys. Immutable once published; a write
/// transaction copies it on its first new token, so tokens of a rolled-back transaction vanish.
/// </summary>
internal sealed class TokenTable
{
    public static readonly TokenTable Empty = new([], new Dictionary<string, int>(StringComparer.Ordinal));

    private readonly List<string> _names;
    private readonly Dictionary<string, int> _ids;

    private TokenTable(List<string> names, Dictionary<string, int> ids)
    {
        _names = names;
        _ids = ids;
    }

    public int Count => _names.Count;

    public IReadOnlyList<string> Names => _names;

    public int GetId(string name) => _ids.TryGetValue(name, out var id) ? id : -1;

    public string GetName(int id) =>
        (uint)id < (uint)_names.Count
            ? _names[id]
            : throw new ArgumentOutOfRangeException(nameof(id), id, "No such token id.");

    public TokenTable CloneForWrite() => new([.. _names], new Dictionary<string, int>(_ids, StringComparer.Ordinal));

    /// <summary>Adds a name to a table owned by the caller (see <see cref="CloneForWrite"/>).</summary>
    public int Add(string name)
    {
        var id = _names.Count;
        _names.Add(name);
        _ids.Add(name, id);
        return id;
    }
}
