using EconSecGraph.Graph.Values;

namespace EconSecGraph.Graph.Database;

/// <summary>How a transaction (explicit or auto-commit) runs.</summary>
public sealed record TransactionConfig
{
    public static readonly TransactionConfig Default = new();

    public static readonly TransactionConfig ReadOnly = new() { AccessMode = AccessMode.Read };

    public AccessMode AccessMode { get; init; } = AccessMode.Write;

    /// <summary>The transaction is terminated with <c>Neo.ClientError.Transaction.TransactionTimedOut</c> after this long.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The database to use; null means the default (home) database.</summary>
    public string? Database { get; init; }

    /// <summary>Metadata attached to the transaction (shown by Neo4j in <c>SHOW TRANSACTIONS</c>).</summary>
    public IReadOnlyDictionary<string, CypherValue>? Metadata { get; init; }

    /// <summary>
    /// Bookmarks the transaction must see. Null means "whatever this database object last committed"
    /// (causal consistency within one <see cref="IGraphDatabase"/>).
    /// </summary>
    public IReadOnlyList<string>? Bookmarks { get; init; }

    /// <summary>An upper bound on the rows one result may hold in memory at once (null: engine default).</summary>
    public long? MaxResultRows { get; init; }
}
