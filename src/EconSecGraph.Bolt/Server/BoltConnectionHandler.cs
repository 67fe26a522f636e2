using System.Globalization;
using EconSecGraph.Graph.Database;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EconSecGraph.Bolt.Server;

/// <summary>Kestrel entry point: serves each TCP connection of the Bolt endpoint with a <see cref="BoltServerConnection"/>.</summary>
public sealed class BoltConnectionHandler(
    IGraphDatabase database,
    IOptions<BoltServerOptions> options,
    ILogger<BoltConnectionHandler> logger
) : ConnectionHandler
{
    private static long s_connectionCount;

    public override async Task OnConnectedAsync(ConnectionContext connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var id = "bolt-" + Interlocked.Increment(ref s_connectionCount).ToString(CultureInfo.InvariantCulture);
        using var bolt = new BoltServerConnection(
            connection.Transport,
            database,
            options.Value,
            logger,
            id,
            connection.LocalEndPoint?.ToString()
        );
        await bolt.RunAsync(connection.ConnectionClosed);
    }
}
