namespace EconSecGraph.Cypher.Syntax.Semantics;

/// <summary>A mutable scope used while walking one query.</summary>
internal sealed class ScopeBuilder
{
    private readonly List<Symbol> _symbols = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public int Count => _symbols.Count;

    public IReadOnlyList<Symbol> Symbols => _symbols;

    public bool TryGet(string name, out Symbol symbol)
    {
        if (_index.TryGetValue(name, out var i))
        {
            symbol = _symbols[i];
            return true;
        }
        symbol = null!;
        return false;
    }

    public void Set(Symbol symbol)
    {
        if (_index.TryGetValue(symbol.Name, out var i))
        {
            _symbols[i] = symbol;
        }
        else
        {
            _index[symbol.Name] = _symbols.Count;
            _symbols.Add(symbol);
        }
    }

    public ScopeBuilder Copy()
    {
        var copy = new ScopeBuilder();
        foreach (var symbol in _symbols)
        {
            copy.Set(symbol);
        }
        return copy;
    }

    public Scope ToScope() => new(_symbols);
}
