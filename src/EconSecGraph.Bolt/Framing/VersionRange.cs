namespace EconSecGraph.Bolt.Framing;

/// <summary>
/// One 32-bit handshake proposal: <c>[reserved][range][minor][major]</c>, covering
/// <c>major.minor</c> down to <c>major.(minor - range)</c>.
/// </summary>
public readonly record struct VersionRange(int Major, int Minor, int Range)
{
    /// <summary>The manifest (handshake v2) proposal <c>00 00 01 FF</c>.</summary>
    public const uint ManifestV1 = 0x000001FF;

    public static VersionRange Decode(uint value) =>
        new((int)(value & 0xFF), (int)((value >> 8) & 0xFF), (int)((value >> 16) & 0xFF));

    public uint Encode() => (uint)((Range << 16) | (Minor << 8) | Major);

    public int LowestMinor => Math.Max(0, Minor - Range);

    public bool Contains(BoltVersion version) =>
        version.Major == Major && version.Minor <= Minor && version.Minor >= LowestMinor;
}
