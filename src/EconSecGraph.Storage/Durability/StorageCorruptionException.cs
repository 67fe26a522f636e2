using System.Globalization;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Storage.Durability;

/// <summary>
/// A store file is damaged somewhere other than a torn last record. Opening stops (nothing is
/// repaired or dropped silently); the message names the file and the byte offset.
/// </summary>
public sealed class StorageCorruptionException(string path, long offset, string reason)
    : CypherException(
        Neo4jStatusCodes.StorageDamageDetected,
        $"The store cannot be opened: file '{path}' is damaged at byte offset {offset.ToString(CultureInfo.InvariantCulture)} ({reason}). "
            + "Nothing was changed. Restore the data directory from a backup; moving the damaged file away loses the transactions it holds."
    )
{
    public string FilePath { get; } = path;

    public long Offset { get; } = offset;
}
