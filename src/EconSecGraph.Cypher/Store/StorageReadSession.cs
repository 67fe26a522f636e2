using EconSecGraph.Storage;

namespace EconSecGraph.Cypher.Store;

/// <summary>A storage snapshot seen through the engine's read seam.</summary>
internal sealed class StorageReadSession(GraphSnapshot snapshot, string storeId)
    : StorageView(snapshot, storeId),
        IReadSession
{
    public void Dispose() { }
}
