using EconSecGraph.Graph.Database;

namespace EconSecGraph.Cypher.Runtime;

/// <summary>Mutable query statistics, turned into <see cref="QueryCounters"/> at the end.</summary>
internal sealed class WriteCounters
{
    public long NodesCreated;
    public long NodesDeleted;
    public long RelationshipsCreated;
    public long RelationshipsDeleted;
    public long PropertiesSet;
    public long LabelsAdded;
    public long LabelsRemoved;
    public long IndexesAdded;
    public long IndexesRemoved;
    public long ConstraintsAdded;
    public long ConstraintsRemoved;

    public WriteCounters Copy() => (WriteCounters)MemberwiseClone();

    /// <summary>Restores the figures of <paramref name="saved"/> (the writes of a rolled-back batch do not count).</summary>
    public void Restore(WriteCounters saved)
    {
        NodesCreated = saved.NodesCreated;
        NodesDeleted = saved.NodesDeleted;
        RelationshipsCreated = saved.RelationshipsCreated;
        RelationshipsDeleted = saved.RelationshipsDeleted;
        PropertiesSet = saved.PropertiesSet;
        LabelsAdded = saved.LabelsAdded;
        LabelsRemoved = saved.LabelsRemoved;
        IndexesAdded = saved.IndexesAdded;
        IndexesRemoved = saved.IndexesRemoved;
        ConstraintsAdded = saved.ConstraintsAdded;
        ConstraintsRemoved = saved.ConstraintsRemoved;
    }

    public bool HasDataWrites =>
        NodesCreated
            + NodesDeleted
            + RelationshipsCreated
            + RelationshipsDeleted
            + PropertiesSet
            + LabelsAdded
            + LabelsRemoved
        > 0;

    public QueryCounters ToCounters() =>
        new()
        {
            NodesCreated = NodesCreated,
            NodesDeleted = NodesDeleted,
            RelationshipsCreated = RelationshipsCreated,
            RelationshipsDeleted = RelationshipsDeleted,
            PropertiesSet = PropertiesSet,
            LabelsAdded = LabelsAdded,
            LabelsRemoved = LabelsRemoved,
            IndexesAdded = IndexesAdded,
            IndexesRemoved = IndexesRemoved,
            ConstraintsAdded = ConstraintsAdded,
            ConstraintsRemoved = ConstraintsRemoved,
        };
}
