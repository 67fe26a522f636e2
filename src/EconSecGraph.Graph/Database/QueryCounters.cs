namespace EconSecGraph.Graph.Database;

/// <summary>What a query changed (Neo4j's query statistics).</summary>
public sealed record QueryCounters
{
    public static readonly QueryCounters None = new();

    public long NodesCreated { get; init; }
    public long NodesDeleted { get; init; }
    public long RelationshipsCreated { get; init; }
    public long RelationshipsDeleted { get; init; }
    public long PropertiesSet { get; init; }
    public long LabelsAdded { get; init; }
    public long LabelsRemoved { get; init; }
    public long IndexesAdded { get; init; }
    public long IndexesRemoved { get; init; }
    public long ConstraintsAdded { get; init; }
    public long ConstraintsRemoved { get; init; }
    public long SystemUpdates { get; init; }

    public bool ContainsUpdates =>
        NodesCreated
            + NodesDeleted
            + RelationshipsCreated
            + RelationshipsDeleted
            + PropertiesSet
            + LabelsAdded
            + LabelsRemoved
            + IndexesAdded
            + IndexesRemoved
            + ConstraintsAdded
            + ConstraintsRemoved
        > 0;

    public bool ContainsSystemUpdates => SystemUpdates > 0;

    public QueryCounters Add(QueryCounters other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new QueryCounters
        {
            NodesCreated = NodesCreated + other.NodesCreated,
            NodesDeleted = NodesDeleted + other.NodesDeleted,
            RelationshipsCreated = RelationshipsCreated + other.RelationshipsCreated,
            RelationshipsDeleted = RelationshipsDeleted + other.RelationshipsDeleted,
            PropertiesSet = PropertiesSet + other.PropertiesSet,
            LabelsAdded = LabelsAdded + other.LabelsAdded,
            LabelsRemoved = LabelsRemoved + other.LabelsRemoved,
            IndexesAdded = IndexesAdded + other.IndexesAdded,
            IndexesRemoved = IndexesRemoved + other.IndexesRemoved,
            ConstraintsAdded = ConstraintsAdded + other.ConstraintsAdded,
            ConstraintsRemoved = ConstraintsRemoved + other.ConstraintsRemoved,
            SystemUpdates = SystemUpdates + other.SystemUpdates,
        };
    }
}
