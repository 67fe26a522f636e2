using System.Globalization;

namespace EconSecGraph.Bolt.Client;

/// <summary>A parsed Neo4j connection URI: scheme flags, the seed address and the routing context.</summary>
public sealed record Neo4jUri(
    string Host,
    int Port,
    bool Routing,
    bool Encrypted,
    bool TrustAll,
    IReadOnlyDictionary<string, string> RoutingContext
)
{
    public const int DefaultPort = 7687;

    public ServerAddress Address => new(Host, Port);

    public static Neo4jUri Parse(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            throw new InvalidOperationException(
                $"'{uri}' is not a URI; use e.g. neo4j://localhost:7687 or bolt+s://host:7687."
            );
        }
        var (routing, encrypted, trustAll) = parsed.Scheme switch
        {
            "bolt" => (false, false, false),
            "bolt+s" => (false, true, false),
            "bolt+ssc" => (false, true, true),
            "neo4j" => (true, false, false),
            "neo4j+s" => (true, true, false),
            "neo4j+ssc" => (true, true, true),
            _ => throw new InvalidOperationException(
                $"Unsupported scheme '{parsed.Scheme}' in '{uri}'; use bolt, bolt+s, bolt+ssc, neo4j, neo4j+s or neo4j+ssc."
            ),
        };
        var context = new Dictionary<string, string>(StringComparer.Ordinal);
        var query = parsed.Query.TrimStart('?');
        if (query.Length > 0)
        {
            if (!routing)
            {
                throw new InvalidOperationException($"'{uri}' has a routing context, which only neo4j:// URIs take.");
            }
            foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                var key = System.Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
                context[key] = eq < 0 ? string.Empty : System.Uri.UnescapeDataString(pair[(eq + 1)..]);
            }
        }
        var port = parsed.IsDefaultPort || parsed.Port < 0 ? DefaultPort : parsed.Port;
        var host = parsed.Host.Trim('[', ']');
        context["address"] = new ServerAddress(host, port).ToString();
        return new Neo4jUri(host, port, routing, encrypted, trustAll, context);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(Routing ? "neo4j" : "bolt")}://{Address}");
}
