namespace EconSecGraph.Cypher.Planning;

/// <summary>Hands out row slots for one statement; every variable, hidden or named, gets its own.</summary>
internal sealed class SlotAllocator
{
    private readonly List<string> _names = [];

    public int Count => _names.Count;

    public int New(string name)
    {
        _names.Add(name);
        return _names.Count - 1;
    }

    public string NameOf(int slot) => _names[slot];
}
