using System.Diagnostics.CodeAnalysis;

namespace EconSecGraph.Cypher.Syntax.Semantics;

/// <summary>The variables visible at a point of a query, in declaration order.</summary>
public sealed class Scope
{
    private readonly Dictionary<string, Symbol> _byName;

    public Scope(IEnumerable<Symbol> symbols)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        Symbols = symbols.ToList();
        _byName = new Dictionary<string, Symbol>(StringComparer.Ordinal);
        foreach (var symbol in Symbols)
        {
            _byName[symbol.Name] = symbol;
        }
    }

    public static Scope Empty { get; } = new([]);

    public IReadOnlyList<Symbol> Symbols { get; }

    public bool Contains(string name) => _byName.ContainsKey(name);

    public bool TryGet(string name, [NotNullWhen(true)] out Symbol? symbol) => _byName.TryGetValue(name, out symbol);
}
