namespace EconSecGraph.Storage.Durability;

/// <summary>A committed transaction found in a journal or checkpoint file: its id and where its operation payloads are.</summary>
internal sealed record ScannedTransaction(long TxId, List<(int Offset, int Length)> Ops, byte[] CommitPayload);
