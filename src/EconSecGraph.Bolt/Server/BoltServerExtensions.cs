using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EconSecGraph.Bolt.Server;

/// <summary>Hosting of the Bolt server in an ASP.NET Core app (Kestrel connection handler).</summary>
public static class BoltServerExtensions
{
    /// <summary>
    /// Binds <see cref="BoltServerOptions"/> from section <c>Bolt</c> and, when <c>Bolt:Enabled</c>, adds a
    /// Kestrel endpoint on <c>Bolt:Listen</c> served by <see cref="BoltConnectionHandler"/>. Throws at
    /// start-up when the options are unsafe (a non-loopback address without credentials) or invalid.
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
        if (!options.Enabled)
        {
            return builder;
        }
        options.Validate();
        var endpoint = options.ParseListen();
        var configuration = builder.Configuration;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(endpoint, listen => listen.UseConnectionHandler<BoltConnectionHandler>());
            AddHttpEndpoints(kestrel, configuration);
        });
        return builder;
    }

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
