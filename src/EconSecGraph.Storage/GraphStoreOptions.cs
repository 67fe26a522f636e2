namespace EconSecGraph.Storage;

/// <summary>How a <see cref="GraphStore"/> behaves.</summary>
public sealed record GraphStoreOptions
{
    public static readonly GraphStoreOptions Default = new();

    /// <summary>fsync the journal at every commit (default). Turn off only in tests: a crash of the machine may then lose recent commits.</summary>
    public bool SyncOnCommit { get; init; } = true;

    /// <summary>When the journal grows past this many bytes, the next commit writes a checkpoint and starts a new journal (keeps start-up fast).</summary>
    public long CheckpointJournalBytes { get; init; } = 256L << 20;

    /// <summary>Write a checkpoint when the store is disposed and the journal holds more than this many bytes.</summary>
    public long CheckpointOnCloseBytes { get; init; } = 8L << 20;

    /// <summary>Receives warnings (torn journal tail dropped) and information (recovery, checkpoints).</summary>
    public Action<StorageLogLevel, string>? Log { get; init; }

    /// <summary>How long <see cref="GraphStore.BeginWrite"/> waits for the running write transaction by default.</summary>
    public TimeSpan WriteLockTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
