using System.Globalization;

namespace EconSecGraph.Bolt.Framing;

/// <summary>A Bolt protocol version, e.g. 5.8.</summary>
public readonly record struct BoltVersion(int Major, int Minor) : IComparable<BoltVersion>
{
    public static readonly BoltVersion V4_4 = new(4, 4);
    public static readonly BoltVersion V5_0 = new(5, 0);
    public static readonly BoltVersion V5_1 = new(5, 1);
    public static readonly BoltVersion V5_2 = new(5, 2);
    public static readonly BoltVersion V5_3 = new(5, 3);
    public static readonly BoltVersion V5_4 = new(5, 4);
    public static readonly BoltVersion V5_6 = new(5, 6);
    public static readonly BoltVersion V5_7 = new(5, 7);
    public static readonly BoltVersion V5_8 = new(5, 8);

    /// <summary>LOGON/LOGOFF carry the credentials (5.1+); before, they are in HELLO.</summary>
    public bool HasLogon => this >= V5_1;

    /// <summary>FAILURE uses <c>neo4j_code</c>, <c>gql_status</c>, <c>description</c> (5.7+).</summary>
    public bool HasGqlErrors => this >= V5_7;

    /// <summary>TELEMETRY exists (5.4+).</summary>
    public bool HasTelemetry => this >= V5_4;

    /// <summary>Encodes as the 4 handshake bytes with no range: <c>00 00 minor major</c>.</summary>
    public uint Encode() => (uint)((Minor << 8) | Major);

    public static BoltVersion Decode(uint value) => new((int)(value & 0xFF), (int)((value >> 8) & 0xFF));

    public int CompareTo(BoltVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(BoltVersion left, BoltVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(BoltVersion left, BoltVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(BoltVersion left, BoltVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(BoltVersion left, BoltVersion right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");
}
