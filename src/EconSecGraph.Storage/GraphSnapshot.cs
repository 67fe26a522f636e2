using EconSecGraph.Storage.Internal;

namespace EconSecGraph.Storage;

/// <summary>
/// An immutable view of the store as of one committed transaction. Thread-safe, never blocks and is
/// never blocked by writers; it holds no resources (drop it when done). Take a new one to see later commits.
/// </summary>
public sealed class GraphSnapshot : GraphView
{
    private readonly StoreState _state;

    internal GraphSnapshot(GraphStore store, StoreState state)
        : base(store) => _state = state;

    internal override StoreState S => _state;

    internal override TxOverlay? Tx => null;

    public override long TransactionId => _state.TxId;
}
