using EconSecGraph.Cypher.Store;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>What one relationship step of a pattern reads: endpoints, direction, types and uniqueness.</summary>
internal sealed record ExpandSpec(
    int FromSlot,
    int RelSlot,
    int ToSlot,
    ExpandDirection Direction,
    IReadOnlyList<string>? Types,
    bool Into,
    int[] DistinctFrom,
    string Text
)
{
    /// <summary>For a type expression beyond T1|T2 (<c>!T</c>, <c>T1&amp;T2</c>, <c>%</c>): which type names match (then <see cref="Types"/> is ignored).</summary>
    public Func<string, bool>? TypePredicate { get; init; }

    /// <summary>Type ids for this snapshot: null for any type, empty when none of the types exists.</summary>
    public int[]? ResolveTypes(IGraphView graph)
    {
        if (TypePredicate is { } matches)
        {
            // A relationship has exactly one type, so a type expression selects a set of type names.
            var selected = new List<int>();
            foreach (var name in graph.RelationshipTypes())
            {
                var id = graph.RelationshipTypeId(name);
                if (id >= 0 && matches(name) && !selected.Contains(id))
                {
                    selected.Add(id);
                }
            }
            return [.. selected];
        }
        if (Types is null)
        {
            return null;
        }
        var ids = new List<int>(Types.Count);
        foreach (var t in Types)
        {
            var id = graph.RelationshipTypeId(t);
            if (id >= 0 && !ids.Contains(id))
            {
                ids.Add(id);
            }
        }
        return [.. ids];
    }

    /// <summary>True when relationship <paramref name="id"/> differs from every relationship already bound in the pattern.</summary>
    public bool IsUnique(CypherValue[] row, long id)
    {
        foreach (var slot in DistinctFrom)
        {
            switch (row[slot])
            {
                case CypherRelationship r when r.Id == id:
                    return false;
                case CypherList list:
                    foreach (var item in list.AsSpan())
                    {
                        if (item is CypherRelationship lr && lr.Id == id)
                        {
                            return false;
                        }
                    }
                    break;
            }
        }
        return true;
    }
}
