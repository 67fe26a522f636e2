namespace EconSecGraph.Cypher.Store;

/// <summary>The one write transaction of the store: reads see its own writes; commit or roll back once.</summary>
internal interface IWriteSession : IGraphWriter, ISchemaWriter, IDisposable
{
    /// <summary>Makes the writes durable and visible; returns the commit number.</summary>
    long Commit();

    void Rollback();
}
