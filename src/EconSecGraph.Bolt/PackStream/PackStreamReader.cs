using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace EconSecGraph.Bolt.PackStream;

/// <summary>
/// Reads PackStream v1 from one complete message. Every width of every marker is accepted; sizes are
/// checked against the bytes that remain, so hostile lengths never cause large allocations.
/// </summary>
public ref struct PackStreamReader
{
    /// <summary>How deep lists, dictionaries and structures may nest before the input is refused.</summary>
    public const int MaxDepth = 256;

    private static readonly UTF8Encoding s_strictUtf8 = new(
        encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: true
    );

    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    public PackStreamReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
    }

    public readonly int Position => _position;

    public readonly int Remaining => _data.Length - _position;

    public readonly bool AtEnd => _position >= _data.Length;

    public readonly byte PeekMarker()
    {
        if (_position >= _data.Length)
        {
            throw Truncated("a marker");
        }
        return _data[_position];
    }

    public readonly PackStreamType PeekType()
    {
        var marker = PeekMarker();
        return marker switch
        {
            PackStreamMarker.Null => PackStreamType.Null,
            PackStreamMarker.True or PackStreamMarker.False => PackStreamType.Boolean,
            PackStreamMarker.Float64 => PackStreamType.Float,
            <= 0x7F or >= 0xF0 => PackStreamType.Integer,
            PackStreamMarker.Int8 or PackStreamMarker.Int16 or PackStreamMarker.Int32 or PackStreamMarker.Int64 =>
                PackStreamType.Integer,
            PackStreamMarker.Bytes8 or PackStreamMarker.Bytes16 or PackStreamMarker.Bytes32 => PackStreamType.Bytes,
            >= 0x80 and <= 0x8F or PackStreamMarker.String8 or PackStreamMarker.String16 or PackStreamMarker.String32 =>
                PackStreamType.String,
            >= 0x90 and <= 0x9F or PackStreamMarker.List8 or PackStreamMarker.List16 or PackStreamMarker.List32 =>
                PackStreamType.List,
            >= 0xA0
            and <= 0xAF
            or PackStreamMarker.Dictionary8
            or PackStreamMarker.Dictionary16
            or PackStreamMarker.Dictionary32 => PackStreamType.Dictionary,
            >= 0xB0 and <= 0xBF => PackStreamType.Structure,
            _ => throw new PackStreamException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Unknown PackStream marker 0x{marker:X2} at byte {_position}; the value is not PackStream v1."
                )
            ),
        };
    }

    public void ReadNull()
    {
        Expect(PackStreamType.Null);
        _position++;
    }

    public bool ReadBoolean()
    {
        Expect(PackStreamType.Boolean);
        return _data[_position++] == PackStreamMarker.True;
    }

    public long ReadInteger()
    {
        Expect(PackStreamType.Integer);
        var marker = _data[_position++];
        switch (marker)
        {
            case PackStreamMarker.Int8:
                return (sbyte)Take(1)[0];
            case PackStreamMarker.Int16:
                return BinaryPrimitives.ReadInt16BigEndian(Take(2));
            case PackStreamMarker.Int32:
                return BinaryPrimitives.ReadInt32BigEndian(Take(4));
            case PackStreamMarker.Int64:
                return BinaryPrimitives.ReadInt64BigEndian(Take(8));
            default:
                return (sbyte)marker;
        }
    }

    public double ReadFloat()
    {
        Expect(PackStreamType.Float);
        _position++;
        return BinaryPrimitives.ReadDoubleBigEndian(Take(8));
    }

    public string ReadString()
    {
        Expect(PackStreamType.String);
        var marker = _data[_position++];
        var length = marker switch
        {
            PackStreamMarker.String8 => ReadSize(1),
            PackStreamMarker.String16 => ReadSize(2),
            PackStreamMarker.String32 => ReadSize(4),
            _ => marker & 0x0F,
        };
        var bytes = Take(length);
        try
        {
            return s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new PackStreamException(
                string.Create(CultureInfo.InvariantCulture, $"A string ending at byte {_position} is not valid UTF-8."),
                ex
            );
        }
    }

    public byte[] ReadBytes()
    {
        Expect(PackStreamType.Bytes);
        var marker = _data[_position++];
        var length = marker switch
        {
            PackStreamMarker.Bytes8 => ReadSize(1),
            PackStreamMarker.Bytes16 => ReadSize(2),
            _ => ReadSize(4),
        };
        return Take(length).ToArray();
    }

    /// <summary>Reads a list header; the caller then reads that many values.</summary>
    public int ReadListHeader()
    {
        Expect(PackStreamType.List);
        var marker = _data[_position++];
        var count = marker switch
        {
            PackStreamMarker.List8 => ReadSize(1),
            PackStreamMarker.List16 => ReadSize(2),
            PackStreamMarker.List32 => ReadSize(4),
            _ => marker & 0x0F,
        };
        CheckCount(count, 1, "list items");
        return count;
    }

    /// <summary>Reads a dictionary header; the caller then reads that many key/value pairs.</summary>
    public int ReadDictionaryHeader()
    {
        Expect(PackStreamType.Dictionary);
        var marker = _data[_position++];
        var count = marker switch
        {
            PackStreamMarker.Dictionary8 => ReadSize(1),
            PackStreamMarker.Dictionary16 => ReadSize(2),
            PackStreamMarker.Dictionary32 => ReadSize(4),
            _ => marker & 0x0F,
        };
        CheckCount(count, 2, "dictionary entries");
        return count;
    }

    /// <summary>Reads a structure header: returns the field count and the tag.</summary>
    public int ReadStructureHeader(out byte tag)
    {
        Expect(PackStreamType.Structure);
        var fields = _data[_position++] & 0x0F;
        tag = Take(1)[0];
        if (tag > 0x7F)
        {
            throw new PackStreamException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Structure tag 0x{tag:X2} at byte {_position - 1} is out of range (0x00–0x7F)."
                )
            );
        }
        return fields;
    }

    /// <summary>Skips one value of any type, however nested.</summary>
    public void Skip() => ReadValue();

    /// <summary>
    /// Reads any value as CLR objects: null, bool, long, double, string, byte[], <see cref="List{T}"/> of object,
    /// <see cref="Dictionary{TKey,TValue}"/> of string to object, and <see cref="PackStreamStructure"/>.
    /// </summary>
    public object? ReadValue() => ReadValue(0);

    private object? ReadValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new PackStreamException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Values nest deeper than {MaxDepth} levels at byte {_position}; flatten the value."
                )
            );
        }
        switch (PeekType())
        {
            case PackStreamType.Null:
                ReadNull();
                return null;
            case PackStreamType.Boolean:
                return ReadBoolean();
            case PackStreamType.Integer:
                return ReadInteger();
            case PackStreamType.Float:
                return ReadFloat();
            case PackStreamType.Bytes:
                return ReadBytes();
            case PackStreamType.String:
                return ReadString();
            case PackStreamType.List:
            {
                var count = ReadListHeader();
                var list = new List<object?>(count);
                for (var i = 0; i < count; i++)
                {
                    list.Add(ReadValue(depth + 1));
                }
                return list;
            }
            case PackStreamType.Dictionary:
            {
                var count = ReadDictionaryHeader();
                var dict = new Dictionary<string, object?>(count, StringComparer.Ordinal);
                for (var i = 0; i < count; i++)
                {
                    var key = ReadDictionaryKey();
                    dict[key] = ReadValue(depth + 1); // duplicate keys: the last wins
                }
                return dict;
            }
            default:
            {
                var fieldCount = ReadStructureHeader(out var tag);
                var fields = new object?[fieldCount];
                for (var i = 0; i < fieldCount; i++)
                {
                    fields[i] = ReadValue(depth + 1);
                }
                return new PackStreamStructure(tag, fields);
            }
        }
    }

    /// <summary>Reads a dictionary key, which must be a string.</summary>
    public string ReadDictionaryKey()
    {
        if (PeekType() != PackStreamType.String)
        {
            throw new PackStreamException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Dictionary keys must be strings; found {PeekType()} at byte {_position}."
                )
            );
        }
        return ReadString();
    }

    private readonly void Expect(PackStreamType type)
    {
        var actual = PeekType();
        if (actual != type)
        {
            throw new PackStreamException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Expected a PackStream {type} at byte {_position} but found {actual} (marker 0x{_data[_position]:X2})."
                )
            );
        }
    }

    private int ReadSize(int width)
    {
        var bytes = Take(width);
        long size = width switch
        {
            1 => bytes[0],
            2 => BinaryPrimitives.ReadUInt16BigEndian(bytes),
            _ => BinaryPrimitives.ReadUInt32BigEndian(bytes),
        };
        if (size > int.MaxValue)
        {
            throw new PackStreamException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Size {size} at byte {_position - width} exceeds PackStream's limit of 2147483647."
                )
            );
        }
        return (int)size;
    }

    private readonly void CheckCount(int count, int minBytesEach, string what)
    {
        // Every item takes at least one byte: a count the remaining bytes cannot hold is a lie.
        if ((long)count * minBytesEach > Remaining)
        {
            throw Truncated(string.Create(CultureInfo.InvariantCulture, $"{count} {what}"));
        }
    }

    private ReadOnlySpan<byte> Take(int length)
    {
        if (length > Remaining)
        {
            throw Truncated(string.Create(CultureInfo.InvariantCulture, $"{length} bytes"));
        }
        var span = _data.Slice(_position, length);
        _position += length;
        return span;
    }

    private readonly PackStreamException Truncated(string what) =>
        new(
            string.Create(
                CultureInfo.InvariantCulture,
                $"The data ends at byte {_data.Length} but {what} were expected at byte {_position}; the message is truncated."
            )
        );
}
