using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Runtime;

/// <summary>The engine's one door to Cypher value semantics (which live in Cypher.Functions).</summary>
internal static class ValueSemantics
{
    public static bool? Equal(CypherValue a, CypherValue b) => CypherEquality.Equal(a, b);

    public static bool Equivalent(CypherValue a, CypherValue b) => CypherEquivalence.Equivalent(a, b);

    public static int EquivalenceHash(CypherValue value) => CypherEquivalence.Hash(value);

    /// <summary>ORDER BY's total order (ascending, nulls last).</summary>
    public static int Order(CypherValue a, CypherValue b) => CypherOrdering.CompareValues(a, b);
}
