namespace EconSecGraph.Cypher.Runtime;

/// <summary>Every function name the engine answers to, for SHOW FUNCTIONS and dbms.functions().</summary>
internal static class FunctionCatalog
{
    private static readonly string[] s_graph =
    [
        "id",
        "elementId",
        "labels",
        "type",
        "keys",
        "properties",
        "nodes",
        "relationships",
        "startNode",
        "endNode",
        "length",
        "exists",
        "coalesce",
    ];

    public static IEnumerable<(string Name, string Category, bool Aggregating)> All(EngineServices services)
    {
        var all = new List<(string, string, bool)>();
        all.AddRange(s_graph.Select(n => (n, "Graph", false)));
        all.AddRange(AggregateFunctions.Names.Select(n => (n, "Aggregating", true)));
        all.AddRange(LibraryFunctions.Names.Select(n => (n, LibraryFunctions.Category(n), false)));
        _ = services;
        return all.OrderBy(f => f.Item1, StringComparer.Ordinal);
    }
}
