namespace EconSecGraph.Cypher.Runtime;

/// <summary>
/// The auto-commit transaction's batch control for CALL { … } IN TRANSACTIONS: each batch commits on its
/// own (durably) and the query continues in a fresh transaction.
/// </summary>
internal interface ITransactionBatches
{
    /// <summary>The number the next commit will get (the batch's transaction id in REPORT STATUS).</summary>
    long NextCommitNumber { get; }

    /// <summary>Commits the batch's writes and continues in a new transaction; returns the commit number.</summary>
    long CommitBatch();

    /// <summary>Discards the batch's writes and continues in a new transaction.</summary>
    void RollbackBatch();
}
