using System.Buffers.Binary;

namespace EconSecGraph.Storage.Durability;

/// <summary>Writes one checksummed record (journal and checkpoint files share the layout).</summary>
internal static class RecordWriter
{
    public static void Write(Stream stream, byte type, ReadOnlySpan<byte> payload)
    {
        Span<byte> header = stackalloc byte[JournalFormat.RecordHeaderSize];
        JournalFormat.WriteRecordHeader(header, type, payload.Length);
        stream.Write(header);
        stream.Write(payload);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(crc, Crc.Compute(payload));
        stream.Write(crc);
    }
}
