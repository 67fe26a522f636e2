using System.Globalization;

namespace EconSecGraph.Bolt.Client;

/// <summary>A host and port of a Bolt server.</summary>
public readonly record struct ServerAddress(string Host, int Port)
{
    /// <summary>Parses <c>host:port</c> (as routing tables carry them); the port defaults to 7687.</summary>
    public static ServerAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.LastIndexOf(':');
        var bracket = text.LastIndexOf(']');
        if (
            colon > bracket
            && int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port)
        )
        {
            return new ServerAddress(text[..colon].Trim('[', ']'), port);
        }
        return new ServerAddress(text.Trim('[', ']'), Neo4jUri.DefaultPort);
    }

    public override string ToString() =>
        Host.Contains(':', StringComparison.Ordinal)
            ? string.Create(CultureInfo.InvariantCulture, $"[{Host}]:{Port}")
            : string.Create(CultureInfo.InvariantCulture, $"{Host}:{Port}");
}
