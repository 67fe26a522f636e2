using System.Buffers;
using System.Buffers.Binary;
using System.Net.Security;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Security.Cryptography.X509Certificates;
using EconSecGraph.Bolt.Framing;
using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.Messages;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Client;

internal sealed partial class BoltClientConnection
{
    /// <summary>What the client proposes: the manifest handshake, 5.8–5.0, 4.4.</summary>
    private static readonly uint[] s_proposals = [VersionRange.ManifestV1, 0x00080805, 0x00000404, 0];

    private static readonly string s_product =
        "EconSecGraph.Bolt/" + (typeof(BoltClientConnection).Assembly.GetName().Version?.ToString(3) ?? "1.0.0");

    /// <summary>Connects, negotiates the version and authenticates, within <see cref="Neo4jOptions.ConnectionTimeout"/>.</summary>
    public static async Task<BoltClientConnection> OpenAsync(
        ServerAddress address,
        Neo4jUri uri,
        Neo4jOptions options,
        CancellationToken cancellationToken
    )
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.ConnectionTimeout);
        Stream? stream = null;
        BoltClientConnection? connection = null;
        try
        {
            var client = new TcpClient { NoDelay = true };
            try
            {
                await client.ConnectAsync(address.Host, address.Port, limit.Token);
            }
            catch
            {
                client.Dispose();
                throw;
            }
            stream = client.GetStream();
            if (uri.Encrypted)
            {
                stream = await AuthenticateTlsAsync(stream, address, uri, options, limit.Token);
            }
            connection = new BoltClientConnection(address, stream);
            await connection.HandshakeAsync(limit.Token);
            await connection.HelloAsync(uri, options, limit.Token);
            return connection;
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            await DisposeQuietlyAsync(connection, stream);
            throw ClientErrors.ConnectionLost(
                address,
                new TimeoutException($"connecting took longer than {options.ConnectionTimeout}", ex)
            );
        }
        catch (System.Security.Authentication.AuthenticationException ex)
        {
            await DisposeQuietlyAsync(connection, stream);
            throw new CypherException(
                Neo4jStatusCodes.Forbidden,
                $"TLS with {address} failed: {ex.Message} The server's certificate is not trusted: install it in the system store, "
                    + "set Neo4j:TrustStrategy to CustomCertificates with Neo4j:TrustedCertificatesPath, or use bolt+ssc/neo4j+ssc "
                    + "for self-signed certificates.",
                inner: ex
            );
        }
        catch (Exception ex) when (ex is SocketException or IOException)
        {
            await DisposeQuietlyAsync(connection, stream);
            throw ClientErrors.ConnectionLost(address, ex);
        }
        catch
        {
            await DisposeQuietlyAsync(connection, stream);
            throw;
        }
    }

    private static async Task DisposeQuietlyAsync(BoltClientConnection? connection, Stream? stream)
    {
        if (connection is not null)
        {
            connection.IsBroken = true;
            await connection.DisposeAsync();
        }
        else if (stream is not null)
        {
            await stream.DisposeAsync();
        }
    }

    private static async Task<Stream> AuthenticateTlsAsync(
        Stream stream,
        ServerAddress address,
        Neo4jUri uri,
        Neo4jOptions options,
        CancellationToken cancellationToken
    )
    {
        var strategy = uri.TrustAll ? TrustStrategy.AllCertificates : options.TrustStrategy;
        X509Certificate2Collection? roots = null;
        if (strategy == TrustStrategy.CustomCertificates)
        {
            roots = [];
            roots.ImportFromPemFile(options.TrustedCertificatesPath!);
        }
        var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
        await ssl.AuthenticateAsClientAsync(
            new SslClientAuthenticationOptions
            {
                TargetHost = address.Host,
                RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>
                    strategy switch
                    {
                        TrustStrategy.AllCertificates => true,
                        TrustStrategy.CustomCertificates => ChainsToCustomRoot(certificate, errors, roots!),
                        _ => errors == SslPolicyErrors.None,
                    },
            },
            cancellationToken
        );
        return ssl;
    }

    private static bool ChainsToCustomRoot(
        X509Certificate? certificate,
        SslPolicyErrors errors,
        X509Certificate2Collection roots
    )
    {
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            return false;
        }
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = new X509Certificate2(certificate);
        return chain.Build(leaf);
    }

    private async Task HandshakeAsync(CancellationToken cancellationToken)
    {
        var request = new byte[Handshake.RequestLength];
        BinaryPrimitives.WriteUInt32BigEndian(request, Handshake.Magic);
        for (var i = 0; i < 4; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(request.AsSpan(4 + (4 * i)), s_proposals[i]);
        }
        await _output.WriteAsync(request, cancellationToken);
        var answer = BinaryPrimitives.ReadUInt32BigEndian(await ReadBytesAsync(4, cancellationToken));
        if (answer == 0x48545450) // "HTTP"
        {
            throw ClientErrors.Protocol(
                Address,
                "it answered with HTTP. Bolt listens on port 7687 by default, HTTP on 7474: check the port in the URI."
            );
        }
        if (answer == VersionRange.ManifestV1)
        {
            Version = await NegotiateManifestAsync(cancellationToken);
        }
        else
        {
            var version = BoltVersion.Decode(answer);
            if (answer == 0 || !Handshake.IsSupported(version))
            {
                throw new CypherException(
                    Neo4jStatusCodes.RequestInvalid,
                    $"The server at {Address} speaks no Bolt version this client does (4.4, 5.0–5.8); it answered {answer:X8}. "
                        + "Neo4j 4.4 and later are supported."
                );
            }
            Version = version;
        }
        Format = Version.Major >= 5 ? BoltValueFormat.V5 : BoltValueFormat.V4;
    }

    private async Task<BoltVersion> NegotiateManifestAsync(CancellationToken cancellationToken)
    {
        var count = await ReadVarIntAsync(cancellationToken);
        if (count > 64)
        {
            throw ClientErrors.Protocol(Address, $"the manifest offers {count} version ranges.");
        }
        var offered = new List<VersionRange>();
        for (ulong i = 0; i < count; i++)
        {
            offered.Add(
                VersionRange.Decode(BinaryPrimitives.ReadUInt32BigEndian(await ReadBytesAsync(4, cancellationToken)))
            );
        }
        _ = await ReadVarIntAsync(cancellationToken); // capabilities: none used
        var chosen = Handshake.SupportedVersions.FirstOrDefault(v => offered.Any(r => r.Contains(v)));
        var reply = new ArrayBufferWriter<byte>(8);
        BinaryPrimitives.WriteUInt32BigEndian(reply.GetSpan(4), chosen == default ? 0 : chosen.Encode());
        reply.Advance(4);
        VarInt.Write(reply, 0);
        await _output.WriteAsync(reply.WrittenMemory, cancellationToken);
        if (chosen == default)
        {
            throw new CypherException(
                Neo4jStatusCodes.RequestInvalid,
                $"The server at {Address} offers no Bolt version this client speaks (4.4, 5.0–5.8)."
            );
        }
        return chosen;
    }

    private async Task<byte[]> ReadBytesAsync(int count, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await _input.ReadAsync(cancellationToken);
            if (result.Buffer.Length >= count)
            {
                var bytes = result.Buffer.Slice(0, count).ToArray();
                _input.AdvanceTo(result.Buffer.GetPosition(count));
                return bytes;
            }
            _input.AdvanceTo(result.Buffer.Start, result.Buffer.End);
            if (result.IsCompleted)
            {
                throw new EndOfStreamException("the server closed the connection during the handshake");
            }
        }
    }

    private async Task<ulong> ReadVarIntAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await _input.ReadAsync(cancellationToken);
            var reader = new SequenceReader<byte>(result.Buffer);
            if (VarInt.TryRead(ref reader, out var value))
            {
                _input.AdvanceTo(reader.Position);
                return value;
            }
            _input.AdvanceTo(result.Buffer.Start, result.Buffer.End);
            if (result.IsCompleted)
            {
                throw new EndOfStreamException("the server closed the connection during the handshake");
            }
        }
    }

    private async Task HelloAsync(Neo4jUri uri, Neo4jOptions options, CancellationToken cancellationToken)
    {
        var extra = new Dictionary<string, CypherValue>(StringComparer.Ordinal) { ["user_agent"] = options.UserAgent };
        if (Version >= BoltVersion.V5_3)
        {
            extra["bolt_agent"] = MessageFields.Map(
                ("product", s_product),
                ("platform", RuntimeInformation.OSDescription),
                ("language", "C#/" + Environment.Version.ToString(3)),
                ("language_details", RuntimeInformation.FrameworkDescription)
            );
        }
        if (uri.Routing)
        {
            extra["routing"] = new CypherMap(
                uri.RoutingContext.Select(kv => new KeyValuePair<string, CypherValue>(kv.Key, kv.Value))
            );
        }
        if (Version.Major == 4)
        {
            extra["patch_bolt"] = MessageFields.Strings(["utc"]);
        }
        var auth = AuthMap(options);
        if (!Version.HasLogon)
        {
            foreach (var (key, value) in auth)
            {
                extra[key] = value;
            }
        }
        Enqueue(new HelloMessage(CypherMap.Wrap(extra)));
        if (Version.HasLogon)
        {
            Enqueue(new LogonMessage(auth));
        }
        await FlushAsync(cancellationToken);
        var hello = await ExpectSuccessAsync(cancellationToken);
        ServerAgent = (hello.Metadata.GetOrNull("server") as CypherString)?.Value ?? "unknown";
        ConnectionId = (hello.Metadata.GetOrNull("connection_id") as CypherString)?.Value;
        if (
            Version.Major == 4
            && hello.Metadata.GetOrNull("patch_bolt") is CypherList patches
            && patches.Any(p => p is CypherString { Value: "utc" })
        )
        {
            Format = BoltValueFormat.V4Utc;
        }
        if (Version.HasLogon)
        {
            await ExpectSuccessAsync(cancellationToken);
        }
    }

    private static CypherMap AuthMap(Neo4jOptions options) =>
        string.IsNullOrEmpty(options.User)
            ? MessageFields.Map(("scheme", "none"))
            : MessageFields.Map(
                ("scheme", "basic"),
                ("principal", options.User),
                ("credentials", options.Password ?? string.Empty)
            );
}
