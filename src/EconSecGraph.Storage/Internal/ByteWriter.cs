using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace EconSecGraph.Storage.Internal;

/// <summary>A growable little-endian byte buffer with varint helpers (property records, journal).</summary>
internal sealed class ByteWriter
{
    private byte[] _buffer;

    public ByteWriter(int capacity = 256) => _buffer = new byte[capacity];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Truncate(int length) => Length = length;

    public Span<byte> GetSpan(int size)
    {
        if (Length + size > _buffer.Length)
        {
            Arrays.Resize(ref _buffer, Math.Max(Length + size, _buffer.Length * 2));
        }
        return _buffer.AsSpan(Length, size);
    }

    public void Advance(int count) => Length += count;

    public void WriteByte(byte b)
    {
        GetSpan(1)[0] = b;
        Length++;
    }

    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        Length += bytes.Length;
    }

    public void WriteVarUInt(ulong value)
    {
        var span = GetSpan(10);
        var i = 0;
        while (value >= 0x80)
        {
            span[i++] = (byte)(value | 0x80);
            value >>= 7;
        }
        span[i++] = (byte)value;
        Length += i;
    }

    public void WriteVarInt(long value) => WriteVarUInt((ulong)((value << 1) ^ (value >> 63)));

    public void WriteInt32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(GetSpan(4), value);
        Length += 4;
    }

    public void WriteInt64(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(GetSpan(8), value);
        Length += 8;
    }

    public void WriteDouble(double value)
    {
        BinaryPrimitives.WriteDoubleLittleEndian(GetSpan(8), value);
        Length += 8;
    }

    /// <summary>Writes the char count then the UTF-16 code units (so readers can view them without decoding).</summary>
    public void WriteString(ReadOnlySpan<char> value)
    {
        WriteVarUInt((ulong)value.Length);
        WriteBytes(MemoryMarshal.AsBytes(value));
    }

    public void PatchInt32(int position, int value) =>
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(position, 4), value);
}
