using System.Diagnostics.CodeAnalysis;
using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Runtime;

/// <summary>The functions that read the graph: id, elementId, labels, type, keys, properties, path parts.</summary>
internal static class GraphFunctions
{
    private static readonly Dictionary<
        string,
        (int Arity, Func<CypherValue[], QueryContext, CypherValue> Body)
    > s_functions = new(StringComparer.Ordinal)
    {
        ["id"] = (1, (a, _) => Id(a[0])),
        ["elementid"] = (1, (a, _) => ElementId(a[0])),
        ["labels"] = (1, (a, _) => Labels(a[0])),
        ["type"] = (1, (a, _) => Type(a[0])),
        ["keys"] = (1, (a, _) => Keys(a[0])),
        ["properties"] = (1, (a, _) => Properties(a[0])),
        ["nodes"] = (1, (a, _) => PathPart(a[0], nodes: true)),
        ["relationships"] = (1, (a, _) => PathPart(a[0], nodes: false)),
        ["startnode"] = (1, (a, _) => Endpoint(a[0], start: true)),
        ["endnode"] = (1, (a, _) => Endpoint(a[0], start: false)),
        ["length"] = (1, (a, _) => Length(a[0])),
    };

    public static bool TryGet(
        string lowerName,
        int arity,
        [NotNullWhen(true)] out Func<CypherValue[], QueryContext, CypherValue>? function
    )
    {
        if (s_functions.TryGetValue(lowerName, out var f))
        {
            if (f.Arity != arity)
            {
                throw new CypherSyntaxException(
                    "Insufficient parameters for function '" + lowerName + "'",
                    detail: arity < f.Arity ? "InsufficientArguments" : "TooManyArguments"
                );
            }
            function = f.Body;
            return true;
        }
        function = null;
        return false;
    }

    public static bool IsGraphFunction(string lowerName) => s_functions.ContainsKey(lowerName);

    private static CypherValue Id(CypherValue v) =>
        v switch
        {
            CypherNull => CypherNull.Instance,
            CypherNode n => CypherInteger.Of(n.Id),
            CypherRelationship r => CypherInteger.Of(r.Id),
            _ => throw Mismatch("id", "Node or Relationship", v),
        };

    private static CypherValue ElementId(CypherValue v) =>
        v switch
        {
            CypherNull => CypherNull.Instance,
            CypherNode n => new CypherString(n.ElementId),
            CypherRelationship r => new CypherString(r.ElementId),
            _ => throw Mismatch("elementId", "Node or Relationship", v),
        };

    private static CypherValue Labels(CypherValue v) =>
        v switch
        {
            CypherNull => CypherNull.Instance,
            CypherNode n => CypherList.Wrap([.. n.Labels.Select(l => (CypherValue)new CypherString(l))]),
            _ => throw Mismatch("labels", "Node", v),
        };

    private static CypherValue Type(CypherValue v) =>
        v switch
        {
            CypherNull => CypherNull.Instance,
            CypherRelationship r => new CypherString(r.Type),
            _ => throw Mismatch("type", "Relationship", v),
        };

    private static CypherValue Keys(CypherValue v) =>
        v switch
        {
            CypherNull => CypherNull.Instance,
            CypherNode n => KeyList(n.Properties.Keys),
            CypherRelationship r => KeyList(r.Properties.Keys),
            CypherMap m => KeyList(m.Keys),
            _ => throw Mismatch("keys", "Node, Relationship or Map", v),
        };

    private static CypherList KeyList(IEnumerable<string> keys) =>
        CypherList.Wrap([.. keys.Select(k => (CypherValue)new CypherString(k))]);

    private static CypherValue Properties(CypherValue v) =>
        v switch
        {
            CypherNull => CypherNull.Instance,
            CypherNode n => new CypherMap(n.Properties),
            CypherRelationship r => new CypherMap(r.Properties),
            CypherMap m => m,
            _ => throw Mismatch("properties", "Node, Relationship or Map", v),
        };

    private static CypherValue PathPart(CypherValue v, bool nodes) =>
        v switch
        {
            CypherNull => CypherNull.Instance,
            CypherPath p => nodes
                ? CypherList.Wrap([.. p.Nodes.Cast<CypherValue>()])
                : CypherList.Wrap([.. p.Relationships.Cast<CypherValue>()]),
            _ => throw Mismatch(nodes ? "nodes" : "relationships", "Path", v),
        };

    private static CypherValue Endpoint(CypherValue v, bool start)
    {
        switch (v)
        {
            case CypherNull:
                return CypherNull.Instance;
            case EngineRelationship er:
                return new EngineNode(start ? er.StartNodeId : er.EndNodeId, er.View);
            case CypherRelationship:
                throw new CypherTypeException("startNode/endNode need a relationship read from this database.");
            default:
                throw Mismatch(start ? "startNode" : "endNode", "Relationship", v);
        }
    }

    private static CypherValue Length(CypherValue v) =>
        v switch
        {
            CypherNull => CypherNull.Instance,
            CypherPath p => CypherInteger.Of(p.Length),
            _ => throw Mismatch("length", "Path", v),
        };

    private static CypherTypeException Mismatch(string function, string expected, CypherValue actual) =>
        new(
            "Invalid input for function '"
                + function
                + "()': Expected "
                + expected
                + ", got: "
                + TypeNames.Describe(actual),
            detail: "InvalidArgumentValue"
        );
}
