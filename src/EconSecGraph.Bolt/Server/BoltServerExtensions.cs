using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EconSecGraph.Bolt.Server;

/// <summary>Hosting of the Bolt server in an ASP.NET Core app (Kestrel connection handler).</summary>
public static partial class BoltServerExtensions
{
    /// <summary>
    /// Binds <see cref="BoltServerOptions"/> from section <c>Bolt</c> and, when <c>Bolt:Enabled</c>, adds a
    /// Kestrel endpoint on <c>Bolt:Listen</c> served by <see cref="BoltConnectionHandler"/>. Throws at
    /// start-up when the options are unsafe (a non-loopback address without credentials) or invalid.
    /// When the port is already taken (another Neo4j, a second explorer), Bolt is left out with a warning
    /// saying how to change it, and HTTP is served as usual; <see cref="BoltListenerStatus"/> tells.
    /// The app must register an <see cref="Graph.Database.IGraphDatabase"/>.
    /// </summary>
    /// <remarks>
    /// Endpoints configured in code make Kestrel ignore <c>urls</c>/<c>ASPNETCORE_URLS</c>; so that adding
    /// Bolt does not silently drop the HTTP endpoints, they are re-added here from the same setting.
    /// </remarks>
    public static WebApplicationBuilder AddBoltServer(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(BoltServerOptions.SectionName);
        builder.Services.Configure<BoltServerOptions>(section);
        var options = section.Get<BoltServerOptions>() ?? new BoltServerOptions();
        var status = new BoltListenerStatus();
        builder.Services.AddSingleton(status);
        if (!options.Enabled)
        {
            return builder;
        }
        options.Validate();
        var endpoint = options.ParseListen();
        status.Pending(options.Listen);
        var configuration = builder.Configuration;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Runs as the server starts, just before it binds: a taken port is found here, not as a crash.
            if (PortInUse(endpoint) is { } reason)
            {
                var error = $"{options.Listen} is already in use ({reason})";
                status.Failed(error);
                var logger = kestrel
                    .ApplicationServices.GetRequiredService<ILoggerFactory>()
                    .CreateLogger(typeof(BoltServerExtensions).FullName!);
                LogPortInUse(logger, options.Listen, reason);
            }
            else
            {
                kestrel.Listen(endpoint, listen => listen.UseConnectionHandler<BoltConnectionHandler>());
                status.Started();
            }
            AddHttpEndpoints(kestrel, configuration);
        });
        return builder;
    }

    /// <summary>Null when <paramref name="endpoint"/> can be bound now; otherwise why not.</summary>
    /// <remarks>
    /// Binds a probe socket the way Kestrel will (address reuse on, so a port in TIME_WAIT counts as free,
    /// a listening one as taken) and closes it at once. Another process could still take the port in the
    /// moment between the probe and Kestrel's bind; then start-up fails as it did before this check.
    /// </remarks>
    internal static string? PortInUse(IPEndPoint endpoint)
    {
        using var probe = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        if (!OperatingSystem.IsWindows())
        {
            probe.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        }
        try
        {
            probe.Bind(endpoint);
            return null;
        }
        catch (SocketException ex)
            when (ex.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied)
        {
            return ex.SocketErrorCode == SocketError.AddressAlreadyInUse
                ? "another process listens on it"
                : "binding it is not permitted";
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Bolt server not started: {Listen} cannot be used ({Reason}). The explorer keeps serving HTTP; "
            + "Neo4j drivers cannot connect until Bolt listens. Free the port, choose another with "
            + "Bolt__Listen=127.0.0.1:7688 (appsettings.json Bolt:Listen), or turn Bolt off with Bolt__Enabled=false."
    )]
    private static partial void LogPortInUse(ILogger logger, string listen, string reason);

    private static void AddHttpEndpoints(KestrelServerOptions kestrel, ConfigurationManager configuration)
    {
        if (configuration.GetSection("Kestrel:Endpoints").GetChildren().Any())
        {
            return; // Kestrel binds configured endpoints alongside ours
        }
        var urls = configuration[WebHostDefaults.ServerUrlsKey];
        if (string.IsNullOrWhiteSpace(urls))
        {
            urls = "http://localhost:5000"; // Kestrel's own default
        }
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var uri = ParseUrl(url);
            var https = string.Equals(uri.Scheme, "https", StringComparison.OrdinalIgnoreCase);
            Action<ListenOptions> configure = https ? l => l.UseHttps() : _ => { };
            var host = uri.Host;
            if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
            {
                kestrel.ListenLocalhost(uri.Port, configure);
            }
            else if (
                host is "*" or "+"
                || IPAddress.TryParse(host.Trim('[', ']'), out var any) && any.Equals(IPAddress.Any)
            )
            {
                kestrel.ListenAnyIP(uri.Port, configure);
            }
            else if (IPAddress.TryParse(host.Trim('[', ']'), out var address))
            {
                kestrel.Listen(address, uri.Port, configure);
            }
            else
            {
                kestrel.ListenAnyIP(uri.Port, configure); // a host name: Kestrel binds all interfaces too
            }
        }
    }

    private static (string Scheme, string Host, int Port) ParseUrl(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            throw new InvalidOperationException(
                $"The URL '{url}' in 'urls' has no scheme; use e.g. http://localhost:5000."
            );
        }
        var scheme = url[..schemeEnd];
        var rest = url[(schemeEnd + 3)..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            rest = rest[..slash];
        }
        var colon = rest.LastIndexOf(':');
        var closingBracket = rest.LastIndexOf(']');
        if (
            colon > closingBracket
            && int.TryParse(rest[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port)
        )
        {
            return (scheme, rest[..colon], port);
        }
        return (scheme, rest, string.Equals(scheme, "https", StringComparison.OrdinalIgnoreCase) ? 443 : 80);
    }
}
