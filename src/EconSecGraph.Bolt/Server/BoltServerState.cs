namespace EconSecGraph.Bolt.Server;

/// <summary>The server states of the Bolt specification (server-state.adoc); INTERRUPTED is tracked separately.</summary>
public enum BoltServerState
{
    /// <summary>After the handshake, waiting for HELLO (CONNECTED before 5.1).</summary>
    Negotiation,

    /// <summary>After HELLO, waiting for LOGON (5.1+).</summary>
    Authentication,
    Ready,
    Streaming,
    TxReady,
    TxStreaming,
    Failed,
    Defunct,
}
