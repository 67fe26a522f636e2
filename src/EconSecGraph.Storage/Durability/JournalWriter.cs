using System.Buffers.Binary;
using EconSecGraph.Storage.Internal;

namespace EconSecGraph.Storage.Durability;

/// <summary>
/// Appends transactions to the current journal segment. Operations stream out in records of about
/// 64 KiB while the transaction runs (so a huge transaction never buffers its whole log); the
/// commit record and an fsync make it durable; a rollback truncates the file back.
/// </summary>
internal sealed class JournalWriter : IDisposable
{
    private const int FlushThreshold = 64 * 1024;
    private readonly bool _sync;
    private readonly byte[] _header = new byte[JournalFormat.RecordHeaderSize];
    private FileStream _file;
    private long _txStart = -1;

    public JournalWriter(string path, string storeId, long firstTx, bool sync, bool create)
    {
        _sync = sync;
        Path = path;
        _file = new FileStream(
            path,
            create ? FileMode.CreateNew : FileMode.Open,
            FileAccess.ReadWrite,
            FileShare.Read,
            1 << 16
        );
        if (create)
        {
            _file.Write(JournalFormat.FileHeader(storeId, firstTx));
            _file.Flush(sync);
        }
        else
        {
            _file.Seek(0, SeekOrigin.End);
        }
    }

    public string Path { get; private set; }

    public ByteWriter Ops { get; } = new(FlushThreshold + 1024);

    /// <summary>Bytes in the segment (for the checkpoint trigger).</summary>
    public long Length => _file.Position;

    public void Begin(long txId)
    {
        _txStart = _file.Position;
        Ops.Clear();
        Span<byte> payload = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(payload, txId);
        WriteRecord(JournalFormat.TxBegin, payload);
    }

    public void AfterOp()
    {
        if (Ops.Length >= FlushThreshold)
        {
            FlushOps();
        }
    }

    public void Commit(long txId)
    {
        FlushOps();
        Span<byte> payload = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(payload, txId);
        WriteRecord(JournalFormat.TxCommit, payload);
        _file.Flush(_sync);
        _txStart = -1;
    }

    public void Abort()
    {
        if (_txStart >= 0)
        {
            _file.Flush();
            _file.SetLength(_txStart);
            _file.Seek(_txStart, SeekOrigin.Begin);
            _txStart = -1;
        }
        Ops.Clear();
    }

    /// <summary>Closes this segment and starts a new one (after a checkpoint).</summary>
    public void Rotate(string path, string storeId, long firstTx)
    {
        _file.Flush(_sync);
        _file.Dispose();
        Path = path;
        _file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.Read, 1 << 16);
        _file.Write(JournalFormat.FileHeader(storeId, firstTx));
        _file.Flush(_sync);
    }

    private void FlushOps()
    {
        if (Ops.Length > 0)
        {
            WriteRecord(JournalFormat.Ops, Ops.WrittenSpan);
            Ops.Clear();
        }
    }

    private void WriteRecord(byte type, ReadOnlySpan<byte> payload)
    {
        JournalFormat.WriteRecordHeader(_header, type, payload.Length);
        _file.Write(_header);
        _file.Write(payload);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(crc, Crc.Compute(payload));
        _file.Write(crc);
    }

    public void Dispose()
    {
        Abort();
        _file.Flush(_sync);
        _file.Dispose();
    }
}
