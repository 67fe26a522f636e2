using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Runtime;

/// <summary>Turns engine values (lazy nodes and relationships) into self-contained values for records.</summary>
internal static class Materializer
{
    public static CypherValue Detach(CypherValue value) =>
        value switch
        {
            EngineNode n => n.Materialize(),
            EngineRelationship r => r.Materialize(),
            CypherPath p => new CypherPath(
                [.. p.Nodes.Select(n => (CypherNode)Detach(n))],
                [.. p.Relationships.Select(r => (CypherRelationship)Detach(r))]
            ),
            CypherList l when NeedsDetach(l) => CypherList.Wrap([.. l.Select(Detach)]),
            CypherMap m when m.Values.Any(NeedsDetach) => new CypherMap(
                m.Select(e => new KeyValuePair<string, CypherValue>(e.Key, Detach(e.Value)))
            ),
            _ => value,
        };

    private static bool NeedsDetach(CypherValue value) =>
        value switch
        {
            EngineNode or EngineRelationship or CypherPath => true,
            CypherList l => l.Any(NeedsDetach),
            CypherMap m => m.Values.Any(NeedsDetach),
            _ => false,
        };
}
