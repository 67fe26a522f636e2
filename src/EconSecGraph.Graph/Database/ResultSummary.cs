namespace EconSecGraph.Graph.Database;

/// <summary>What is known about a query once its records are consumed.</summary>
public sealed record ResultSummary
{
    public required Query Query { get; init; }

    public QueryType QueryType { get; init; } = QueryType.ReadOnly;

    public QueryCounters Counters { get; init; } = QueryCounters.None;

    /// <summary>The plan, for EXPLAIN and PROFILE.</summary>
    public PlanDescription? Plan { get; init; }

    /// <summary>True when <see cref="Plan"/> carries PROFILE figures.</summary>
    public bool IsProfile { get; init; }

    public IReadOnlyList<Notification> Notifications { get; init; } = [];

    /// <summary>Time until the first record was available.</summary>
    public TimeSpan? ResultAvailableAfter { get; init; }

    /// <summary>Time to consume the whole result.</summary>
    public TimeSpan? ResultConsumedAfter { get; init; }

    public string? Database { get; init; }

    /// <summary>The bookmark of an auto-commit transaction that committed (null otherwise).</summary>
    public string? Bookmark { get; init; }

    public ServerInfo? Server { get; init; }
}
