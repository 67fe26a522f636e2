using System.Globalization;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Storage.Durability;

/// <summary>
/// Opening a data directory: verify and load the latest checkpoint, verify every journal segment,
/// replay the committed transactions after the checkpoint, drop a torn or uncommitted tail of the
/// last segment (with a warning), and reopen the journal for appending.
/// </summary>
internal static class Recovery
{
    public static GraphStore Open(
        string dir,
        GraphStoreOptions options,
        StoreLock storeLock,
        Func<string, StoreLock, GraphStore> create
    )
    {
        foreach (var tmp in System.IO.Directory.EnumerateFiles(dir, "*.tmp"))
        {
            File.Delete(tmp); // an interrupted checkpoint; the previous one is still complete
        }
        var checkpoints = StoreFiles.List(dir, StoreFiles.CheckpointPrefix, StoreFiles.CheckpointSuffix);
        var journals = StoreFiles.List(dir, StoreFiles.JournalPrefix, StoreFiles.JournalSuffix);
        LogScanner? checkpoint = null;
        if (checkpoints.Count > 0)
        {
            var path = checkpoints[^1].Path;
            checkpoint = LogScanner.Scan(path, CheckpointWriter.Magic, tailMayBeTorn: false);
            if (checkpoint.Committed.Count != 1 || checkpoint.IncompleteTail)
            {
                throw new StorageCorruptionException(path, checkpoint.ValidEnd, "the checkpoint is incomplete");
            }
        }
        var scans = new List<LogScanner>();
        for (var i = 0; i < journals.Count; i++)
        {
            scans.Add(LogScanner.Scan(journals[i].Path, JournalFormat.Magic, tailMayBeTorn: i == journals.Count - 1));
        }
        var storeId =
            checkpoint?.StoreId
            ?? scans.FirstOrDefault(s => s.StoreId.Length > 0 && s.TornTail is null)?.StoreId
            ?? scans.FirstOrDefault(s => s.StoreId.Length > 0 && s.ValidEnd > 0)?.StoreId
            ?? NewStoreId();
        foreach (var scan in scans)
        {
            if (scan.ValidEnd > 0 && !string.Equals(scan.StoreId, storeId, StringComparison.Ordinal))
            {
                throw new StorageCorruptionException(
                    scan.Path,
                    20,
                    $"the file belongs to another store ({scan.StoreId}, expected {storeId})"
                );
            }
        }
        var store = create(storeId, storeLock);
        var tx = store.BeginReplay();
        long lastTx = 0;
        var replayed = 0;
        try
        {
            if (checkpoint is not null)
            {
                Apply(tx, checkpoint, checkpoint.Committed[0]);
                lastTx = checkpoint.FirstTx;
            }
            foreach (var scan in scans)
            {
                foreach (var t in scan.Committed)
                {
                    if (t.TxId <= lastTx)
                    {
                        continue;
                    }
                    if (t.TxId != lastTx + 1)
                    {
                        var offset = t.Ops.Count > 0 ? t.Ops[0].Offset : JournalFormat.FileHeaderSize;
                        throw new StorageCorruptionException(
                            scan.Path,
                            offset,
                            $"transaction {(lastTx + 1).ToString(CultureInfo.InvariantCulture)} is missing (found {t.TxId.ToString(CultureInfo.InvariantCulture)})"
                        );
                    }
                    Apply(tx, scan, t);
                    lastTx = t.TxId;
                    replayed++;
                }
            }
            tx.ReplayTxId(lastTx);
            tx.Commit();
        }
        catch
        {
            tx.Rollback();
            store.Dispose();
            throw;
        }
        JournalWriter journal;
        var last = scans.Count > 0 ? scans[^1] : null;
        if (last is not null && (last.TornTail is not null || last.IncompleteTail))
        {
            var what = last.TornTail is not null
                ? $"a torn last record ({last.TornTail})"
                : "a transaction that never committed";
            store.Log(
                StorageLogLevel.Warning,
                $"Journal '{last.Path}' ended with {what}; dropped everything after byte offset {last.ValidEnd.ToString(CultureInfo.InvariantCulture)} (no committed transaction is lost)."
            );
            if (last.ValidEnd == 0)
            {
                File.Delete(last.Path);
                last = null;
            }
            else
            {
                using var f = new FileStream(last.Path, FileMode.Open, FileAccess.Write, FileShare.None);
                f.SetLength(last.ValidEnd);
                f.Flush(true);
            }
        }
        if (last is not null)
        {
            journal = new JournalWriter(last.Path, storeId, lastTx + 1, options.SyncOnCommit, create: false);
        }
        else
        {
            journal = new JournalWriter(
                StoreFiles.Journal(dir, lastTx + 1),
                storeId,
                lastTx + 1,
                options.SyncOnCommit,
                create: true
            );
            if (options.SyncOnCommit)
            {
                DirectorySync.Sync(dir);
            }
        }
        store.AttachJournal(journal);
        if (replayed > 0 || checkpoint is not null)
        {
            store.Log(
                StorageLogLevel.Information,
                $"Opened '{dir}' at transaction {lastTx.ToString(CultureInfo.InvariantCulture)} ({(checkpoint is null ? "no checkpoint" : "checkpoint " + checkpoint.FirstTx.ToString(CultureInfo.InvariantCulture))}, {replayed.ToString(CultureInfo.InvariantCulture)} journal transactions replayed)."
            );
        }
        return store;
    }

    private static void Apply(WriteTransaction tx, LogScanner scan, ScannedTransaction t)
    {
        foreach (var (offset, length) in t.Ops)
        {
            try
            {
                OpReplayer.Apply(tx, scan.Data.AsSpan(offset, length));
            }
            catch (Exception e)
                when (e is FormatException or CypherException or ArgumentException or InvalidOperationException)
            {
                throw new StorageCorruptionException(
                    scan.Path,
                    offset - JournalFormat.RecordHeaderSize,
                    $"transaction {t.TxId.ToString(CultureInfo.InvariantCulture)} cannot be replayed: {e.Message}"
                );
            }
        }
    }

    /// <summary>A random id in the usual GUID text form, formatted here: Guid.ToString's vectorised formatter is JIT-compiled on first use.</summary>
    private static string NewStoreId()
    {
        Span<byte> bytes = stackalloc byte[16];
        Guid.NewGuid().TryWriteBytes(bytes, bigEndian: true, out _);
        Span<char> text = stackalloc char[36];
        var at = 0;
        for (var i = 0; i < 16; i++)
        {
            if (i is 4 or 6 or 8 or 10)
            {
                text[at++] = '-';
            }
            text[at++] = "0123456789abcdef"[bytes[i] >> 4];
            text[at++] = "0123456789abcdef"[bytes[i] & 0xF];
        }
        return new string(text);
    }
}
