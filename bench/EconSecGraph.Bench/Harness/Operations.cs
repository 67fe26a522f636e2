namespace EconSecGraph.Bench.Harness;

/// <summary>The operation names every runner reports, in table order, and which of them the speed targets cover.</summary>
public static class Operations
{
    public const string Hop1Count = "hop1 count distinct";
    public const string Hop2Count = "hop2 count distinct";
    public const string Hop1Rows = "hop1 rows";
    public const string NeighbourLabels = "neighbours by label";
    public const string ShortestLength = "shortest path length";
    public const string ShortestNodes = "shortest path nodes";
    public const string AllShortestCount = "all shortest paths count";
    public const string PrefixCount = "prefix count";
    public const string PrefixLimit = "prefix limit 25";
    public const string ContainsCount = "contains count";
    public const string ContainsLimit = "contains limit 25";
    public const string FullTextCount = "full-text count";
    public const string TypeCounts = "type counts";
    public const string WriteMix = "write mix (MERGE, durable)";

    public const int Limit = 25;

    public static readonly string[] All =
    [
        Hop1Count,
        Hop2Count,
        Hop1Rows,
        NeighbourLabels,
        ShortestLength,
        ShortestNodes,
        AllShortestCount,
        PrefixCount,
        PrefixLimit,
        ContainsCount,
        ContainsLimit,
        FullTextCount,
        TypeCounts,
        WriteMix,
    ];

    /// <summary>Traversal and search operations: the ones with the 10x-Kuzu / 20x-baseline targets.</summary>
    public static bool HasSpeedTarget(string operation) =>
        !string.Equals(operation, WriteMix, StringComparison.Ordinal)
        && !string.Equals(operation, TypeCounts, StringComparison.Ordinal);
}
