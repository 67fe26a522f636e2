using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Values;
using static EconSecGraph.Cypher.Functions.Library.Arg;

namespace EconSecGraph.Cypher.Functions.Library;

/// <summary>Functions on nodes, relationships and paths.</summary>
internal static class GraphFunctions
{
    private const CypherTypes Entity = CypherTypes.Node | CypherTypes.Relationship;

    public static void Register(FunctionRegistry r)
    {
        r.Register(
            new(
                "type",
                [P("relationship", CypherTypes.Relationship)],
                CypherTypes.String,
                "The type of a relationship.",
                static (a, _) =>
                    a[0] switch
                    {
                        CypherNull => CypherNull.Instance,
                        CypherRelationship rel => new CypherString(rel.Type),
                        _ => throw CypherErrors.TypeMismatch("Relationship", a[0], "type()"),
                    }
            )
        );
        r.Register(
            new(
                "id",
                [P("input", Entity)],
                CypherTypes.Integer,
                "The legacy integer id of a node or relationship.",
                static (a, _) =>
                    a[0] switch
                    {
                        CypherNull => CypherNull.Instance,
                        CypherNode n => CypherInteger.Of(n.Id),
                        CypherRelationship rel => CypherInteger.Of(rel.Id),
                        _ => throw CypherErrors.TypeMismatch("Node or Relationship", a[0], "id()"),
                    }
            )
        );
        r.Register(
            new(
                "elementId",
                [P("input", Entity)],
                CypherTypes.String,
                "The element id of a node or relationship.",
                static (a, _) =>
                    a[0] switch
                    {
                        CypherNull => CypherNull.Instance,
                        CypherNode n => new CypherString(n.ElementId),
                        CypherRelationship rel => new CypherString(rel.ElementId),
                        _ => throw CypherErrors.TypeMismatch("Node or Relationship", a[0], "elementId()"),
                    }
            )
        );
        r.Register(
            new(
                "startNode",
                [P("relationship", CypherTypes.Relationship)],
                CypherTypes.Node,
                "The start node of a relationship.",
                static (a, c) =>
                    a[0] switch
                    {
                        CypherNull => CypherNull.Instance,
                        CypherRelationship rel => c.GetNode(rel.StartNodeId),
                        _ => throw CypherErrors.TypeMismatch("Relationship", a[0], "startNode()"),
                    }
            )
        );
        r.Register(
            new(
                "endNode",
                [P("relationship", CypherTypes.Relationship)],
                CypherTypes.Node,
                "The end node of a relationship.",
                static (a, c) =>
                    a[0] switch
                    {
                        CypherNull => CypherNull.Instance,
                        CypherRelationship rel => c.GetNode(rel.EndNodeId),
                        _ => throw CypherErrors.TypeMismatch("Relationship", a[0], "endNode()"),
                    }
            )
        );
        r.Register(
            new(
                "labels",
                [P("node", CypherTypes.Node)],
                CypherTypes.List,
                "The labels of a node.",
                static (a, _) =>
                    a[0] switch
                    {
                        CypherNull => CypherNull.Instance,
                        CypherNode n => Strings(n.Labels),
                        _ => throw CypherErrors.TypeMismatch("Node", a[0], "labels()"),
                    }
            )
        );
        r.Register(
            new(
                "nodes",
                [P("path", CypherTypes.Path)],
                CypherTypes.List,
                "The nodes of a path.",
                static (a, _) =>
                    a[0] switch
                    {
                        CypherNull => CypherNull.Instance,
                        CypherPath p => CypherList.Wrap([.. p.Nodes]),
                        _ => throw CypherErrors.TypeMismatch("Path", a[0], "nodes()"),
                    }
            )
        );
        r.Register(
            new(
                "relationships",
                [P("path", CypherTypes.Path)],
                CypherTypes.List,
                "The relationships of a path.",
                static (a, _) =>
                    a[0] switch
                    {
                        CypherNull => CypherNull.Instance,
                        CypherPath p => CypherList.Wrap([.. p.Relationships]),
                        _ => throw CypherErrors.TypeMismatch("Path", a[0], "relationships()"),
                    }
            )
        );
    }

    private static CypherList Strings(IReadOnlyList<string> items)
    {
        var result = new CypherValue[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new CypherString(items[i]);
        }
        return CypherList.Wrap(result);
    }
}
