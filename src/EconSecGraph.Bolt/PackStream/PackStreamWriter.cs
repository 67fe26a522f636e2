using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace EconSecGraph.Bolt.PackStream;

/// <summary>
/// Writes PackStream v1 values in their smallest encoding. It knows values and generic structures only;
/// graph and temporal values are written by <c>Hydration/</c> through the header methods.
/// </summary>
public sealed class PackStreamWriter
{
    private readonly IBufferWriter<byte> _output;

    public PackStreamWriter(IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
    }

    public void WriteNull() => WriteByte(PackStreamMarker.Null);

    public void WriteBoolean(bool value) => WriteByte(value ? PackStreamMarker.True : PackStreamMarker.False);

    public void WriteInteger(long value)
    {
        if (value is >= PackStreamMarker.TinyIntMin and <= PackStreamMarker.TinyIntMax)
        {
            WriteByte(unchecked((byte)(sbyte)value));
        }
        else if (value is >= sbyte.MinValue and <= sbyte.MaxValue)
        {
            var span = _output.GetSpan(2);
            span[0] = PackStreamMarker.Int8;
            span[1] = unchecked((byte)(sbyte)value);
            _output.Advance(2);
        }
        else if (value is >= short.MinValue and <= short.MaxValue)
        {
            var span = _output.GetSpan(3);
            span[0] = PackStreamMarker.Int16;
            BinaryPrimitives.WriteInt16BigEndian(span[1..], (short)value);
            _output.Advance(3);
        }
        else if (value is >= int.MinValue and <= int.MaxValue)
        {
            var span = _output.GetSpan(5);
            span[0] = PackStreamMarker.Int32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], (int)value);
            _output.Advance(5);
        }
        else
        {
            var span = _output.GetSpan(9);
            span[0] = PackStreamMarker.Int64;
            BinaryPrimitives.WriteInt64BigEndian(span[1..], value);
            _output.Advance(9);
        }
    }

    public void WriteFloat(double value)
    {
        var span = _output.GetSpan(9);
        span[0] = PackStreamMarker.Float64;
        BinaryPrimitives.WriteDoubleBigEndian(span[1..], value);
        _output.Advance(9);
    }

    public void WriteString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var length = Encoding.UTF8.GetByteCount(value);
        WriteHeader(
            length,
            PackStreamMarker.TinyString,
            PackStreamMarker.String8,
            PackStreamMarker.String16,
            PackStreamMarker.String32
        );
        var span = _output.GetSpan(length);
        Encoding.UTF8.GetBytes(value, span);
        _output.Advance(length);
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        // Bytes have no tiny form: even empty is CC 00.
        WriteSizedMarker(value.Length, PackStreamMarker.Bytes8, PackStreamMarker.Bytes16, PackStreamMarker.Bytes32);
        _output.Write(value);
    }

    public void WriteListHeader(int count) =>
        WriteHeader(
            count,
            PackStreamMarker.TinyList,
            PackStreamMarker.List8,
            PackStreamMarker.List16,
            PackStreamMarker.List32
        );

    public void WriteDictionaryHeader(int count) =>
        WriteHeader(
            count,
            PackStreamMarker.TinyDictionary,
            PackStreamMarker.Dictionary8,
            PackStreamMarker.Dictionary16,
            PackStreamMarker.Dictionary32
        );

    public void WriteStructureHeader(byte tag, int fieldCount)
    {
        if (fieldCount is < 0 or > PackStreamMarker.MaxStructureFields)
        {
            throw new ArgumentOutOfRangeException(nameof(fieldCount), fieldCount, "A structure has 0–15 fields.");
        }
        if (tag > 0x7F)
        {
            throw new ArgumentOutOfRangeException(nameof(tag), tag, "A structure tag is 0–127.");
        }
        var span = _output.GetSpan(2);
        span[0] = (byte)(PackStreamMarker.TinyStructure | fieldCount);
        span[1] = tag;
        _output.Advance(2);
    }

    /// <summary>
    /// Writes a CLR value: null, bool, integral numbers, float/double, string, char, byte[],
    /// lists (<see cref="System.Collections.IList"/>), string-keyed dictionaries and <see cref="PackStreamStructure"/>.
    /// </summary>
    public void WriteValue(object? value)
    {
        switch (value)
        {
            case null:
                WriteNull();
                break;
            case bool b:
                WriteBoolean(b);
                break;
            case sbyte or byte or short or ushort or int or uint or long:
                WriteInteger(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case float f:
                WriteFloat(f);
                break;
            case double d:
                WriteFloat(d);
                break;
            case string s:
                WriteString(s);
                break;
            case char c:
                WriteString(c.ToString());
                break;
            case byte[] bytes:
                WriteBytes(bytes);
                break;
            case ReadOnlyMemory<byte> memory:
                WriteBytes(memory.Span);
                break;
            case PackStreamStructure structure:
                WriteStructureHeader(structure.Tag, structure.Fields.Count);
                foreach (var field in structure.Fields)
                {
                    WriteValue(field);
                }
                break;
            case IReadOnlyDictionary<string, object?> dict:
                WriteDictionaryHeader(dict.Count);
                foreach (var (key, item) in dict)
                {
                    WriteString(key);
                    WriteValue(item);
                }
                break;
            case System.Collections.IList list:
                WriteListHeader(list.Count);
                foreach (var item in list)
                {
                    WriteValue(item);
                }
                break;
            default:
                throw new ArgumentException(
                    $"PackStream cannot encode a {value.GetType().FullName}; use Hydration for graph values.",
                    nameof(value)
                );
        }
    }

    private void WriteByte(byte value)
    {
        var span = _output.GetSpan(1);
        span[0] = value;
        _output.Advance(1);
    }

    private void WriteHeader(int size, byte tiny, byte marker8, byte marker16, byte marker32)
    {
        if (size is >= 0 and < 16)
        {
            WriteByte((byte)(tiny | size));
            return;
        }
        WriteSizedMarker(size, marker8, marker16, marker32);
    }

    private void WriteSizedMarker(int size, byte marker8, byte marker16, byte marker32)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        if (size <= byte.MaxValue)
        {
            var span = _output.GetSpan(2);
            span[0] = marker8;
            span[1] = (byte)size;
            _output.Advance(2);
        }
        else if (size <= ushort.MaxValue)
        {
            var span = _output.GetSpan(3);
            span[0] = marker16;
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)size);
            _output.Advance(3);
        }
        else
        {
            var span = _output.GetSpan(5);
            span[0] = marker32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], size);
            _output.Advance(5);
        }
    }
}
