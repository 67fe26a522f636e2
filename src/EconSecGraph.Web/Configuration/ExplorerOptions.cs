namespace EconSecGraph.Web.Configuration;

/// <summary>Limits of the explorer's API (section <c>Explorer</c>).</summary>
public sealed class ExplorerOptions
{
    public const string SectionName = "Explorer";

    /// <summary>Whether the Cypher console may write. Off by default: the console runs read transactions.</summary>
    public bool AllowWrites { get; set; }

    /// <summary>Per-query timeout for every query the API runs (console, search, paths, export).</summary>
    public TimeSpan QueryTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Rows returned at most by one console query; more are cut off and reported.</summary>
    public int MaxRows { get; set; } = 5000;

    /// <summary>Neighbours returned at most by one expansion; the total is always reported.</summary>
    public int MaxNeighbors { get; set; } = 500;

    /// <summary>The full-text index the search uses (created by the seed loader).</summary>
    public string SearchIndex { get; set; } = "entity_search";
}
