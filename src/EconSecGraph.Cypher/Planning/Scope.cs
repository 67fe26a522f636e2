namespace EconSecGraph.Cypher.Planning;

/// <summary>The variables visible at one point of a query, each bound to a slot of the row.</summary>
internal sealed class Scope
{
    private readonly Dictionary<string, int> _slots;
    private readonly List<string> _order;

    public Scope()
    {
        _slots = new Dictionary<string, int>(StringComparer.Ordinal);
        _order = [];
    }

    private Scope(Dictionary<string, int> slots, List<string> order)
    {
        _slots = slots;
        _order = order;
    }

    /// <summary>Variable names in the order they were bound.</summary>
    public IReadOnlyList<string> Names => _order;

    public int Count => _order.Count;

    public bool TryGet(string name, out int slot) => _slots.TryGetValue(name, out slot);

    public bool Contains(string name) => _slots.ContainsKey(name);

    public void Bind(string name, int slot)
    {
        if (!_slots.ContainsKey(name))
        {
            _order.Add(name);
        }
        _slots[name] = slot;
    }

    public Scope Clone() => new(new Dictionary<string, int>(_slots, StringComparer.Ordinal), [.. _order]);
}
