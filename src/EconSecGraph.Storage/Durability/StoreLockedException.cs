using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Storage.Durability;

/// <summary>Another process (or another store object in this one) has the data directory open.</summary>
public sealed class StoreLockedException(string directory, string holder)
    : CypherException(
        Neo4jStatusCodes.DatabaseUnavailable,
        $"The data directory '{directory}' is already in use by {holder} (lock file '{Path.Combine(directory, StoreFiles.LockFile)}'). "
            + "Stop the other process or open a different directory."
    )
{
    public string Directory { get; } = directory;
}
