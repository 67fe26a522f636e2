namespace EconSecGraph.Cypher.Store;

/// <summary>The one write transaction of the store: reads see its own writes; commit or roll back once.</summary>
internal interface IWriteSession : IGraphWriter, ISchemaWriter, IDisposable
{
    /// <summary>Makes the writes durable and visible; returns the commit number.</summary>
    long Commit();

    void Rollback();

    /// <summary>Commits the writes so far durably and continues in a new transaction (CALL { … } IN TRANSACTIONS); returns the commit number.</summary>
    long CommitBatch();

    /// <summary>Discards the writes since the last batch commit and continues in a new transaction.</summary>
    void RollbackBatch();
}
