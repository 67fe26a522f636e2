using System.Globalization;
using System.Net;

namespace EconSecGraph.Bolt.Server;

/// <summary>Configuration section <c>Bolt</c>: the Bolt server in front of the embedded engine.</summary>
public sealed class BoltServerOptions
{
    public const string SectionName = "Bolt";

    /// <summary>Serve Bolt (<c>Bolt__Enabled</c>).</summary>
    public bool Enabled { get; set; }

    /// <summary><c>host:port</c> to listen on (<c>Bolt__Listen</c>); default <c>127.0.0.1:7687</c>.</summary>
    public string Listen { get; set; } = "127.0.0.1:7687";

    /// <summary>Every transaction runs in read access mode, whatever the client asks (<c>Bolt__ReadOnly</c>).</summary>
    public bool ReadOnly { get; set; }

    /// <summary>The user clients must log in as; with <see cref="Password"/>, basic auth is required.</summary>
    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>The agent in HELLO's SUCCESS; the Java driver (cypher-shell) insists on a <c>Neo4j/</c> prefix.</summary>
    public string ServerAgent { get; set; } = "Neo4j/5.26.0";

    /// <summary>The only database name served (clients may also name none).</summary>
    public string DatabaseName { get; set; } = "neo4j";

    /// <summary>The address ROUTE returns when the client did not say which address it dialled.</summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>Routing-table time to live, in seconds.</summary>
    public int RoutingTtlSeconds { get; set; } = 300;

    /// <summary>Largest accepted message (after de-chunking); larger ones get a FAILURE and the connection closes.</summary>
    public int MaxMessageSize { get; set; } = 16 * 1024 * 1024;

    /// <summary>A client must complete the handshake, HELLO and LOGON within this time of each step.</summary>
    public TimeSpan HandshakeTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Once a message has started, its remaining chunks must arrive within this time.</summary>
    public TimeSpan MessageTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>An authenticated connection with nothing running is closed after this long (null: never).</summary>
    public TimeSpan? IdleTimeout { get; set; }

    /// <summary>Accept TELEMETRY and advertise it in HELLO's hints.</summary>
    public bool Telemetry { get; set; } = true;

    public bool RequiresAuthentication => !string.IsNullOrEmpty(Username) || !string.IsNullOrEmpty(Password);

    /// <summary>Parses <see cref="Listen"/> into an endpoint; throws with a clear message when it is invalid.</summary>
    public IPEndPoint ParseListen()
    {
        var text = Listen?.Trim() ?? string.Empty;
        var colon = text.LastIndexOf(':');
        if (
            colon <= 0
            || !int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            || port > 65535
        )
        {
            throw new InvalidOperationException(
                $"Bolt:Listen '{Listen}' is not host:port; use e.g. 127.0.0.1:7687 or [::1]:7687."
            );
        }
        var host = text[..colon].Trim('[', ']');
        IPAddress address;
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            address = IPAddress.Loopback;
        }
        else if (host is "*" or "+")
        {
            address = IPAddress.Any;
        }
        else if (!IPAddress.TryParse(host, out address!))
        {
            throw new InvalidOperationException(
                $"Bolt:Listen host '{host}' is not an IP address or 'localhost'; use e.g. 127.0.0.1:7687 or 0.0.0.0:7687."
            );
        }
        return new IPEndPoint(address, port);
    }

    /// <summary>Checks the options; throws <see cref="InvalidOperationException"/> saying what to change.</summary>
    public void Validate()
    {
        var endpoint = ParseListen();
        if (string.IsNullOrEmpty(Username) != string.IsNullOrEmpty(Password))
        {
            throw new InvalidOperationException(
                "Bolt:Username and Bolt:Password must be set together (or both left empty for loopback-only use)."
            );
        }
        if (!IPAddress.IsLoopback(endpoint.Address) && !RequiresAuthentication)
        {
            throw new InvalidOperationException(
                $"Refusing to serve Bolt on non-loopback address {Listen} without credentials: set Bolt__Username and "
                    + "Bolt__Password, or listen on 127.0.0.1."
            );
        }
        if (MaxMessageSize < 1024)
        {
            throw new InvalidOperationException("Bolt:MaxMessageSize must be at least 1024 bytes.");
        }
    }
}
