using System.Buffers.Binary;
using System.Text;

namespace EconSecGraph.Storage.Durability;

/// <summary>
/// Reads and verifies a journal or checkpoint file. Every record's header and payload checksum is
/// checked. A damaged or incomplete record at the very end of the last journal segment is a torn
/// write (the process died mid-append): it is reported so the caller can drop it. Anything else is
/// damage and raises <see cref="StorageCorruptionException"/> with the file and offset.
/// </summary>
internal sealed class LogScanner
{
    private LogScanner(string path, byte[] data)
    {
        Path = path;
        Data = data;
    }

    public string Path { get; }

    public byte[] Data { get; }

    public string StoreId { get; private set; } = string.Empty;

    public long FirstTx { get; private set; }

    public List<ScannedTransaction> Committed { get; } = [];

    /// <summary>End of the last committed transaction: everything after it is dropped.</summary>
    public long ValidEnd { get; private set; }

    /// <summary>Set when the file ended in a torn record (a warning, not an error).</summary>
    public string? TornTail { get; private set; }

    /// <summary>Set when complete records of a transaction without a commit record follow the last commit.</summary>
    public bool IncompleteTail { get; private set; }

    public static LogScanner Scan(string path, ReadOnlySpan<byte> magic, bool tailMayBeTorn)
    {
        var data = File.ReadAllBytes(path);
        var scanner = new LogScanner(path, data);
        scanner.Run(magic, tailMayBeTorn);
        return scanner;
    }

    private void Run(ReadOnlySpan<byte> magic, bool tailMayBeTorn)
    {
        if (Data.Length < JournalFormat.FileHeaderSize)
        {
            if (tailMayBeTorn && magic.StartsWith(Data.AsSpan()))
            {
                // a segment whose header write was interrupted
                TornTail = $"the file header is incomplete ({Data.Length} bytes)";
                ValidEnd = 0;
                return;
            }
            throw new StorageCorruptionException(Path, 0, "the file is shorter than its header");
        }
        var header = Data.AsSpan(0, JournalFormat.FileHeaderSize);
        if (!header[..8].SequenceEqual(magic))
        {
            throw new StorageCorruptionException(Path, 0, "not an EconSecGraph store file (bad magic number)");
        }
        if (BinaryPrimitives.ReadUInt32LittleEndian(header[60..]) != Crc.Compute(header[..60]))
        {
            throw new StorageCorruptionException(Path, 0, "file header checksum mismatch");
        }
        var version = BinaryPrimitives.ReadUInt32LittleEndian(header[8..]);
        if (version != JournalFormat.Version)
        {
            throw new StorageCorruptionException(Path, 8, $"unsupported format version {version}");
        }
        FirstTx = BinaryPrimitives.ReadInt64LittleEndian(header[12..]);
        StoreId = Encoding.ASCII.GetString(header.Slice(20, 36));
        long pos = JournalFormat.FileHeaderSize;
        ValidEnd = pos;
        List<(int, int)>? current = null;
        long currentTx = -1;
        while (pos < Data.Length)
        {
            var remaining = Data.Length - pos;
            if (remaining < JournalFormat.RecordHeaderSize)
            {
                Torn(pos, tailMayBeTorn, "an incomplete record header");
                return;
            }
            var rh = Data.AsSpan((int)pos, JournalFormat.RecordHeaderSize);
            if (BinaryPrimitives.ReadUInt32LittleEndian(rh[8..]) != Crc.Compute(rh[..8]))
            {
                if (tailMayBeTorn && Data.AsSpan((int)pos).IndexOfAnyExcept((byte)0) < 0)
                {
                    Torn(pos, true, "zero bytes after the last record");
                    return;
                }
                throw new StorageCorruptionException(Path, pos, "record header checksum mismatch");
            }
            var length = BinaryPrimitives.ReadInt32LittleEndian(rh);
            var type = rh[4];
            var total = (long)JournalFormat.RecordHeaderSize + length + JournalFormat.RecordTrailerSize;
            if (length < 0 || type is < JournalFormat.TxBegin or > JournalFormat.TxCommit)
            {
                throw new StorageCorruptionException(Path, pos, "invalid record header");
            }
            if (pos + total > Data.Length)
            {
                Torn(pos, tailMayBeTorn, "an incomplete record");
                return;
            }
            var payload = Data.AsSpan((int)pos + JournalFormat.RecordHeaderSize, length);
            var crc = BinaryPrimitives.ReadUInt32LittleEndian(
                Data.AsSpan((int)(pos + JournalFormat.RecordHeaderSize + length), 4)
            );
            if (crc != Crc.Compute(payload))
            {
                if (pos + total == Data.Length && tailMayBeTorn)
                {
                    Torn(pos, true, "a last record with a bad checksum");
                    return;
                }
                throw new StorageCorruptionException(Path, pos, "record checksum mismatch");
            }
            switch (type)
            {
                case JournalFormat.TxBegin:
                    if (current is not null)
                    {
                        throw new StorageCorruptionException(
                            Path,
                            pos,
                            "a transaction starts before the previous one committed"
                        );
                    }
                    currentTx = BinaryPrimitives.ReadInt64LittleEndian(payload);
                    current = [];
                    break;
                case JournalFormat.Ops:
                    if (current is null)
                    {
                        throw new StorageCorruptionException(Path, pos, "operations outside a transaction");
                    }
                    current.Add(((int)pos + JournalFormat.RecordHeaderSize, length));
                    break;
                default:
                    if (current is null || BinaryPrimitives.ReadInt64LittleEndian(payload) != currentTx)
                    {
                        throw new StorageCorruptionException(Path, pos, "a commit record without its transaction");
                    }
                    Committed.Add(new ScannedTransaction(currentTx, current, payload.ToArray()));
                    current = null;
                    ValidEnd = pos + total;
                    break;
            }
            pos += total;
        }
        if (current is not null)
        {
            IncompleteTail = true;
        }
    }

    private void Torn(long pos, bool allowed, string what)
    {
        if (!allowed)
        {
            throw new StorageCorruptionException(Path, pos, what);
        }
        TornTail = $"{what} at byte offset {pos}";
    }
}
