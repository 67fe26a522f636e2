using EconSecGraph.Graph.Values;

namespace EconSecGraph.Storage.Internal;

/// <summary>
/// The record holding one entity's properties: <c>varint length, varint count, (varint key, value)*</c>,
/// stored in a <see cref="BytePool"/>. Records are immutable; a change writes a new record.
/// </summary>
internal static class PropertyRecord
{
    /// <summary>The record body (after the length prefix) at <paramref name="address"/>.</summary>
    public static ReadOnlySpan<byte> Body(in BytePool pool, long address)
    {
        var span = pool.From(address);
        var r = new ByteReader(span);
        var length = r.ReadCount();
        return span.Slice(r.Position, length);
    }

    public static int TotalLength(in BytePool pool, long address)
    {
        var r = new ByteReader(pool.From(address));
        var length = r.ReadCount();
        return r.Position + length;
    }

    /// <summary>Positions a reader at the value of <paramref name="key"/>; false when absent.</summary>
    public static bool Seek(ReadOnlySpan<byte> body, int key, out int valueOffset)
    {
        valueOffset = 0;
        if (body.IsEmpty)
        {
            return false;
        }
        var r = new ByteReader(body);
        var count = r.ReadCount();
        for (var i = 0; i < count; i++)
        {
            var k = (int)r.ReadVarUInt();
            if (k == key)
            {
                valueOffset = r.Position;
                return true;
            }
            ValueCodec.Skip(ref r);
        }
        valueOffset = 0;
        return false;
    }

    public static CypherValue? Get(ReadOnlySpan<byte> body, int key)
    {
        if (!Seek(body, key, out var offset))
        {
            return null;
        }
        var r = new ByteReader(body) { Position = offset };
        return ValueCodec.Read(ref r);
    }

    public static void ReadAll(ReadOnlySpan<byte> body, List<KeyValuePair<int, CypherValue>> into)
    {
        if (body.IsEmpty)
        {
            return;
        }
        var r = new ByteReader(body);
        var count = r.ReadCount();
        for (var i = 0; i < count; i++)
        {
            var k = (int)r.ReadVarUInt();
            into.Add(new KeyValuePair<int, CypherValue>(k, ValueCodec.Read(ref r)));
        }
    }

    public static int Count(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return 0;
        }
        var r = new ByteReader(body);
        return r.ReadCount();
    }

    /// <summary>Writes a record body for <paramref name="entries"/> (keys distinct) into <paramref name="w"/>.</summary>
    public static void WriteBody(ByteWriter w, IReadOnlyList<KeyValuePair<int, CypherValue>> entries)
    {
        w.WriteVarUInt((ulong)entries.Count);
        foreach (var (k, v) in entries)
        {
            w.WriteVarUInt((ulong)k);
            ValueCodec.Write(w, v);
        }
    }

    /// <summary>Copies <paramref name="body"/> into <paramref name="w"/> with <paramref name="key"/> set to <paramref name="value"/> (null removes).</summary>
    public static void WriteChanged(ByteWriter w, ReadOnlySpan<byte> body, int key, CypherValue? value)
    {
        var r = new ByteReader(body);
        var count = body.IsEmpty ? 0 : r.ReadCount();
        var countPosition = w.Length;
        w.WriteInt32(0); // patched below; fixed width keeps this simple
        var written = 0;
        var replaced = false;
        for (var i = 0; i < count; i++)
        {
            var k = (int)r.ReadVarUInt();
            var start = r.Position;
            ValueCodec.Skip(ref r);
            if (k == key)
            {
                replaced = true;
                if (value is not null)
                {
                    w.WriteVarUInt((ulong)k);
                    ValueCodec.Write(w, value);
                    written++;
                }
                continue;
            }
            w.WriteVarUInt((ulong)k);
            w.WriteBytes(body[start..r.Position]);
            written++;
        }
        if (!replaced && value is not null)
        {
            w.WriteVarUInt((ulong)key);
            ValueCodec.Write(w, value);
            written++;
        }
        // re-encode the count as a varint in place of the fixed slot
        var tail = w.WrittenSpan[(countPosition + 4)..].ToArray();
        w.Truncate(countPosition);
        w.WriteVarUInt((ulong)written);
        w.WriteBytes(tail);
    }
}
