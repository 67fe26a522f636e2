using EconSecGraph.Graph.Values;

namespace EconSecGraph.Storage.Internal;

/// <summary>Binary encoding of property values, shared by property records, the journal and checkpoints.</summary>
internal static class ValueCodec
{
    public const byte False = 1;
    public const byte True = 2;
    public const byte Integer = 3;
    public const byte Float = 4;
    public const byte String = 5;
    public const byte Bytes = 6;
    public const byte Date = 7;
    public const byte LocalTime = 8;
    public const byte Time = 9;
    public const byte LocalDateTime = 10;
    public const byte DateTime = 11;
    public const byte Duration = 12;
    public const byte Point = 13;
    public const byte List = 14;

    public static void Write(ByteWriter w, CypherValue value)
    {
        switch (value)
        {
            case CypherBoolean b:
                w.WriteByte(b.Value ? True : False);
                break;
            case CypherInteger i:
                w.WriteByte(Integer);
                w.WriteVarInt(i.Value);
                break;
            case CypherFloat f:
                w.WriteByte(Float);
                w.WriteDouble(f.Value);
                break;
            case CypherString s:
                w.WriteByte(String);
                w.WriteString(s.Value);
                break;
            case CypherBytes bytes:
                w.WriteByte(Bytes);
                w.WriteVarUInt((ulong)bytes.Value.Length);
                w.WriteBytes(bytes.Value.Span);
                break;
            case CypherDate d:
                w.WriteByte(Date);
                w.WriteVarInt(d.EpochDay);
                break;
            case CypherLocalTime lt:
                w.WriteByte(LocalTime);
                w.WriteVarInt(lt.NanoOfDay);
                break;
            case CypherTime t:
                w.WriteByte(Time);
                w.WriteVarInt(t.NanoOfDay);
                w.WriteVarInt(t.OffsetSeconds);
                break;
            case CypherLocalDateTime ldt:
                w.WriteByte(LocalDateTime);
                w.WriteVarInt(ldt.EpochSecond);
                w.WriteVarInt(ldt.Nanosecond);
                break;
            case CypherDateTime dt:
                w.WriteByte(DateTime);
                w.WriteVarInt(dt.EpochSecond);
                w.WriteVarInt(dt.Nanosecond);
                w.WriteVarInt(dt.OffsetSeconds);
                w.WriteString(dt.ZoneId ?? string.Empty);
                break;
            case CypherDuration du:
                w.WriteByte(Duration);
                w.WriteVarInt(du.Months);
                w.WriteVarInt(du.Days);
                w.WriteVarInt(du.Seconds);
                w.WriteVarInt(du.Nanoseconds);
                break;
            case CypherPoint p:
                w.WriteByte(Point);
                w.WriteVarInt(p.Srid);
                w.WriteDouble(p.X);
                w.WriteDouble(p.Y);
                w.WriteByte(p.Z.HasValue ? (byte)1 : (byte)0);
                if (p.Z is { } z)
                {
                    w.WriteDouble(z);
                }
                break;
            case CypherList list:
                w.WriteByte(List);
                w.WriteVarUInt((ulong)list.Count);
                foreach (var item in list.AsSpan())
                {
                    Write(w, item);
                }
                break;
            default:
                throw new InvalidOperationException($"Value kind {value.Kind} cannot be stored.");
        }
    }

    public static CypherValue Read(ref ByteReader r)
    {
        var tag = r.ReadByte();
        switch (tag)
        {
            case False:
                return CypherBoolean.False;
            case True:
                return CypherBoolean.True;
            case Integer:
                return CypherInteger.Of(r.ReadVarInt());
            case Float:
                return new CypherFloat(r.ReadDouble());
            case String:
                return new CypherString(r.ReadString());
            case Bytes:
                return new CypherBytes(r.ReadBytes(r.ReadCount()).ToArray());
            case Date:
                return new CypherDate(r.ReadVarInt());
            case LocalTime:
                return new CypherLocalTime(r.ReadVarInt());
            case Time:
            {
                var nanos = r.ReadVarInt();
                return new CypherTime(nanos, (int)r.ReadVarInt());
            }
            case LocalDateTime:
            {
                var seconds = r.ReadVarInt();
                return new CypherLocalDateTime(seconds, (int)r.ReadVarInt());
            }
            case DateTime:
            {
                var seconds = r.ReadVarInt();
                var nanos = (int)r.ReadVarInt();
                var offset = (int)r.ReadVarInt();
                var zone = r.ReadString();
                return new CypherDateTime(seconds, nanos, offset, zone.Length == 0 ? null : zone);
            }
            case Duration:
            {
                var months = r.ReadVarInt();
                var days = r.ReadVarInt();
                var seconds = r.ReadVarInt();
                return new CypherDuration(months, days, seconds, r.ReadVarInt());
            }
            case Point:
            {
                var srid = (int)r.ReadVarInt();
                var x = r.ReadDouble();
                var y = r.ReadDouble();
                double? z = r.ReadByte() == 1 ? r.ReadDouble() : null;
                return new CypherPoint(srid, x, y, z);
            }
            case List:
            {
                var count = r.ReadCount();
                if (count > r.Remaining)
                {
                    throw new FormatException("List length out of range.");
                }
                var items = new CypherValue[count];
                for (var i = 0; i < count; i++)
                {
                    items[i] = Read(ref r);
                }
                return CypherList.Wrap(items);
            }
            default:
                throw new FormatException($"Unknown value tag {tag}.");
        }
    }

    /// <summary>Advances past one encoded value without materialising it.</summary>
    public static void Skip(ref ByteReader r)
    {
        var tag = r.ReadByte();
        switch (tag)
        {
            case False or True:
                return;
            case Integer or Date or LocalTime:
                r.ReadVarUInt();
                return;
            case Float:
                r.ReadBytes(8);
                return;
            case String:
                r.ReadStringSpan();
                return;
            case Bytes:
                r.ReadBytes(r.ReadCount());
                return;
            case Time or LocalDateTime:
                r.ReadVarUInt();
                r.ReadVarUInt();
                return;
            case DateTime:
                r.ReadVarUInt();
                r.ReadVarUInt();
                r.ReadVarUInt();
                r.ReadStringSpan();
                return;
            case Duration:
                r.ReadVarUInt();
                r.ReadVarUInt();
                r.ReadVarUInt();
                r.ReadVarUInt();
                return;
            case Point:
                r.ReadVarUInt();
                r.ReadBytes(16);
                if (r.ReadByte() == 1)
                {
                    r.ReadBytes(8);
                }
                return;
            case List:
            {
                var count = r.ReadCount();
                for (var i = 0; i < count; i++)
                {
                    Skip(ref r);
                }
                return;
            }
            default:
                throw new FormatException($"Unknown value tag {tag}.");
        }
    }
}
