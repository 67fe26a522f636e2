using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Semantics;

/// <summary>Treats a byte array as a list of integers so both compare like lists.</summary>
internal static class ListAccess
{
    public static int Count(CypherValue v) => v is CypherList l ? l.Count : ((CypherBytes)v).Value.Length;

    public static CypherValue At(CypherValue v, int i) =>
        v is CypherList l ? l[i] : CypherInteger.Of((sbyte)((CypherBytes)v).Value.Span[i]);
}
