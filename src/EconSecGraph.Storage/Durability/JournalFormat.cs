using System.Buffers.Binary;
using System.Text;

namespace EconSecGraph.Storage.Durability;

/// <summary>
/// Journal layout: a 64-byte file header, then records
/// <c>[u32 payload length][u8 type][3 zero bytes][u32 CRC-32C of the first 8 bytes][payload][u32 CRC-32C of the payload]</c>.
/// </summary>
internal static class JournalFormat
{
    public const int FileHeaderSize = 64;
    public const int RecordHeaderSize = 12;
    public const int RecordTrailerSize = 4;
    public const uint Version = 1;
    public static ReadOnlySpan<byte> Magic => "ESGJRNL1"u8;

    public const byte TxBegin = 1;
    public const byte Ops = 2;
    public const byte TxCommit = 3;

    public static byte[] FileHeader(string storeId, long firstTx)
    {
        var header = new byte[FileHeaderSize];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(8), Version);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(12), firstTx);
        Encoding.ASCII.GetBytes(storeId).CopyTo(header.AsSpan(20, 36));
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(60), Crc.Compute(header.AsSpan(0, 60)));
        return header;
    }

    public static void WriteRecordHeader(Span<byte> header, byte type, int payloadLength)
    {
        BinaryPrimitives.WriteInt32LittleEndian(header, payloadLength);
        header[4] = type;
        header[5] = header[6] = header[7] = 0;
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], Crc.Compute(header[..8]));
    }
}
