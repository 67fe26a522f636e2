using System.Buffers.Binary;

namespace EconSecGraph.Bolt.Framing;

/// <summary>The Bolt handshake: magic preamble, four proposals, version choice.</summary>
public static class Handshake
{
    /// <summary>The preamble <c>60 60 B0 17</c>.</summary>
    public const uint Magic = 0x6060B017;

    /// <summary>Magic plus four 4-byte proposals.</summary>
    public const int RequestLength = 20;

    /// <summary>The versions this library speaks, highest first (Neo4j 5.26 set: no 5.5).</summary>
    public static readonly IReadOnlyList<BoltVersion> SupportedVersions =
    [
        BoltVersion.V5_8,
        BoltVersion.V5_7,
        BoltVersion.V5_6,
        BoltVersion.V5_4,
        BoltVersion.V5_3,
        BoltVersion.V5_2,
        BoltVersion.V5_1,
        BoltVersion.V5_0,
        BoltVersion.V4_4,
    ];

    /// <summary>The ranges a server offers in a manifest reply: 5.8–5.6, 5.4–5.0, 4.4.</summary>
    public static readonly IReadOnlyList<VersionRange> ManifestOffer =
    [
        new VersionRange(5, 8, 2),
        new VersionRange(5, 4, 4),
        new VersionRange(4, 4, 0),
    ];

    public static bool IsSupported(BoltVersion version) => SupportedVersions.Contains(version);

    /// <summary>
    /// Walks the proposals in order and, as Neo4j does, takes the highest supported version inside the
    /// first proposal that has one. Returns null when none matches; <paramref name="manifest"/> is true
    /// when the manifest proposal comes first.
    /// </summary>
    public static BoltVersion? Choose(ReadOnlySpan<uint> proposals, out bool manifest)
    {
        manifest = false;
        foreach (var proposal in proposals)
        {
            if (proposal == 0)
            {
                continue;
            }
            if (proposal == VersionRange.ManifestV1)
            {
                manifest = true;
                return null;
            }
            var range = VersionRange.Decode(proposal);
            foreach (var version in SupportedVersions)
            {
                if (range.Contains(version))
                {
                    return version;
                }
            }
        }
        return null;
    }

    /// <summary>Parses the 20-byte client opening; throws on a wrong preamble.</summary>
    public static uint[] ParseRequest(ReadOnlySpan<byte> request)
    {
        if (request.Length < RequestLength)
        {
            throw new BoltProtocolException("The handshake is shorter than 20 bytes.");
        }
        var magic = BinaryPrimitives.ReadUInt32BigEndian(request);
        if (magic != Magic)
        {
            throw new BoltProtocolException(
                (magic >> 8) == 0x474554 // "GET"
                    ? "An HTTP request reached the Bolt port; Bolt clients connect with bolt:// or neo4j://."
                    : $"The connection did not start with the Bolt preamble 60 60 B0 17 (got {magic:X8})."
            );
        }
        var proposals = new uint[4];
        for (var i = 0; i < 4; i++)
        {
            proposals[i] = BinaryPrimitives.ReadUInt32BigEndian(request[(4 + (4 * i))..]);
        }
        return proposals;
    }
}
