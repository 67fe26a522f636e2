using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Contract.Tests.Cases;

/// <summary>
/// One query the app relies on, with the graph it needs and the rows it must return, run identically on every
/// backend. <paramref name="Setup"/> runs first in the same (rolled back) transaction; <c>$tag</c> in the texts
/// is a label unique to the run, so cases never see each other's data.
/// </summary>
public sealed record ContractCase(
    string Name,
    string Setup,
    string Query,
    IReadOnlyDictionary<string, CypherValue> Parameters,
    IReadOnlyList<string> Keys,
    IReadOnlyList<CypherValue[]> Rows
)
{
    public override string ToString() => Name;

    /// <summary>Replaces <c>:$tag</c> with the run's label (labels cannot be parameters in Cypher).</summary>
    public Query Bind(string text, string tag) => new(text.Replace("$tag", tag, StringComparison.Ordinal), Parameters);
}
