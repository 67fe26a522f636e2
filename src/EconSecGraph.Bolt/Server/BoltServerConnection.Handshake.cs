using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using EconSecGraph.Bolt.Framing;
using EconSecGraph.Bolt.Hydration;

namespace EconSecGraph.Bolt.Server;

public sealed partial class BoltServerConnection
{
    /// <summary>
    /// Reads the preamble and proposals and answers, as Neo4j does: the first proposal with a supported
    /// version wins, taking the highest version inside it; the manifest proposal gets the whole offer in
    /// one write. A wrong preamble closes the connection without a reply.
    /// </summary>
    private async Task<bool> HandshakeAsync(CancellationToken cancellationToken)
    {
        var input = _transport.Input;
        var request = await ReadExactlyAsync(input, Handshake.RequestLength, cancellationToken);
        if (request is null)
        {
            return false;
        }
        var proposals = Handshake.ParseRequest(request);
        var version = Handshake.Choose(proposals, out var manifest);
        var output = _transport.Output;
        if (manifest)
        {
            var span = output.GetSpan(4);
            BinaryPrimitives.WriteUInt32BigEndian(span, VersionRange.ManifestV1);
            output.Advance(4);
            VarInt.Write(output, (ulong)Handshake.ManifestOffer.Count);
            foreach (var range in Handshake.ManifestOffer)
            {
                span = output.GetSpan(4);
                BinaryPrimitives.WriteUInt32BigEndian(span, range.Encode());
                output.Advance(4);
            }
            VarInt.Write(output, 0); // capabilities: none
            await output.FlushAsync(cancellationToken); // one write: the JS driver parses it from one read
            var chosen = await ReadManifestChoiceAsync(input, cancellationToken);
            if (chosen is null)
            {
                return false;
            }
            if (!Handshake.ManifestOffer.Any(r => r.Contains(chosen.Value)) || !Handshake.IsSupported(chosen.Value))
            {
                throw new BoltProtocolException($"The client chose Bolt {chosen}, which was not offered.");
            }
            version = chosen;
        }
        else
        {
            var span = output.GetSpan(4);
            BinaryPrimitives.WriteUInt32BigEndian(span, version?.Encode() ?? 0);
            output.Advance(4);
            await output.FlushAsync(cancellationToken);
            if (version is null)
            {
                LogProtocolViolation(_logger, _connectionId, "no common Bolt version");
                return false;
            }
        }
        _version = version.Value;
        _manifest = manifest;
        _format = _version.Major >= 5 ? BoltValueFormat.V5 : BoltValueFormat.V4;
        LogNegotiated(_logger, _connectionId, _version, manifest);
        return true;
    }

    private async Task<byte[]?> ReadExactlyAsync(PipeReader input, int length, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await ReadWithTimeoutAsync(input, _options.HandshakeTimeout, cancellationToken);
            if (result is null)
            {
                return null;
            }
            var buffer = result.Value.Buffer;
            if (buffer.Length >= length)
            {
                var bytes = buffer.Slice(0, length).ToArray();
                input.AdvanceTo(buffer.GetPosition(length));
                return bytes;
            }
            if (result.Value.IsCompleted)
            {
                input.AdvanceTo(buffer.End);
                return null;
            }
            input.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>Reads the client's 4-byte version and its capabilities VarInt (they may come with HELLO).</summary>
    private async Task<BoltVersion?> ReadManifestChoiceAsync(PipeReader input, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await ReadWithTimeoutAsync(input, _options.HandshakeTimeout, cancellationToken);
            if (result is null)
            {
                return null;
            }
            var buffer = result.Value.Buffer;
            var reader = new SequenceReader<byte>(buffer);
            if (reader.TryReadBigEndian(out int chosen) && VarInt.TryRead(ref reader, out _))
            {
                input.AdvanceTo(reader.Position);
                return BoltVersion.Decode((uint)chosen);
            }
            if (result.Value.IsCompleted)
            {
                input.AdvanceTo(buffer.End);
                return null;
            }
            input.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>Reads with a time limit; null when the limit passed or the host stopped.</summary>
    private static async Task<ReadResult?> ReadWithTimeoutAsync(
        PipeReader input,
        TimeSpan? timeout,
        CancellationToken cancellationToken
    )
    {
        if (timeout is null)
        {
            return await input.ReadAsync(cancellationToken);
        }
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout.Value);
        try
        {
            return await input.ReadAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
