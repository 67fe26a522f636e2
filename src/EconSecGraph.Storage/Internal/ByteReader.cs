using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace EconSecGraph.Storage.Internal;

/// <summary>Reads what <see cref="ByteWriter"/> wrote. Throws <see cref="FormatException"/> on truncated input.</summary>
internal ref struct ByteReader
{
    private readonly ReadOnlySpan<byte> _data;

    public ByteReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        Position = 0;
    }

    public int Position { get; set; }

    public readonly int Remaining => _data.Length - Position;

    public readonly ReadOnlySpan<byte> Rest => _data[Position..];

    public byte ReadByte()
    {
        if (Position >= _data.Length)
        {
            throw new FormatException("Unexpected end of data.");
        }
        return _data[Position++];
    }

    public ulong ReadVarUInt()
    {
        ulong result = 0;
        var shift = 0;
        while (true)
        {
            var b = ReadByte();
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
            shift += 7;
            if (shift > 63)
            {
                throw new FormatException("Varint too long.");
            }
        }
    }

    public long ReadVarInt()
    {
        var raw = ReadVarUInt();
        return (long)(raw >> 1) ^ -(long)(raw & 1);
    }

    public int ReadCount()
    {
        var n = ReadVarUInt();
        if (n > int.MaxValue)
        {
            throw new FormatException("Count out of range.");
        }
        return (int)n;
    }

    public ReadOnlySpan<byte> ReadBytes(int count)
    {
        if (count < 0 || count > Remaining)
        {
            throw new FormatException("Unexpected end of data.");
        }
        var span = _data.Slice(Position, count);
        Position += count;
        return span;
    }

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(ReadBytes(4));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(ReadBytes(8));

    public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(ReadBytes(8));

    public ReadOnlySpan<char> ReadStringSpan()
    {
        var chars = ReadCount();
        if (chars > Remaining / 2)
        {
            throw new FormatException("String length out of range.");
        }
        return MemoryMarshal.Cast<byte, char>(ReadBytes(chars * 2));
    }

    public string ReadString() => new(ReadStringSpan());
}
