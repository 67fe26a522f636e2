using System.IO.Pipelines;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using EconSecGraph.Bolt.Server;
using EconSecGraph.Graph.Database;
using Microsoft.Extensions.Logging.Abstractions;

namespace EconSecGraph.Bolt.Tests.Support;

/// <summary>A loopback Bolt server behind TLS with a fresh self-signed certificate for <c>localhost</c>.</summary>
public sealed class TlsBoltServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly IGraphDatabase _database;

    public TlsBoltServer(IGraphDatabase database)
    {
        _database = database;
        Certificate = CreateCertificate();
        CertificatePemPath = Path.Combine(Path.GetTempPath(), $"esg-bolt-{Guid.NewGuid():N}.pem");
        File.WriteAllText(CertificatePemPath, Certificate.ExportCertificatePem());
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public X509Certificate2 Certificate { get; }

    public string CertificatePemPath { get; }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            await using var ssl = new SslStream(client.GetStream());
            try
            {
                await ssl.AuthenticateAsServerAsync(
                    new SslServerAuthenticationOptions { ServerCertificate = Certificate },
                    _stop.Token
                );
            }
            catch (Exception ex)
                when (ex
                        is IOException
                            or System.Security.Authentication.AuthenticationException
                            or OperationCanceledException
                )
            {
                return; // the client refused our certificate
            }
            using var connection = new BoltServerConnection(
                new StreamDuplexPipe(PipeReader.Create(ssl), PipeWriter.Create(ssl)),
                _database,
                new BoltServerOptions(),
                NullLogger.Instance,
                "bolt-tls"
            );
            await connection.RunAsync(_stop.Token);
        }
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var certificate = request.CreateSelfSigned(
            DateTimeOffset.UtcNow.AddDays(-1),
            DateTimeOffset.UtcNow.AddDays(1)
        );
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        File.Delete(CertificatePemPath);
        Certificate.Dispose();
        _stop.Dispose();
    }

    private sealed class StreamDuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }
}
