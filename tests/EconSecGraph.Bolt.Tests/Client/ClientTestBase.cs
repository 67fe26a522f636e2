using EconSecGraph.Bolt.Client;
using EconSecGraph.Bolt.Tests.Support;

namespace EconSecGraph.Bolt.Tests.Client;

/// <summary>Our client against our server (Kestrel-hosted, scripted engine) on a loopback port.</summary>
public abstract class ClientTestBase : IAsyncLifetime
{
    protected const string User = "neo4j";
    protected const string Password = "client-secret";

    protected ScriptedGraphDatabase Engine { get; } = new();

    protected BoltTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Host = await BoltTestHost.StartAsync(
            Engine,
            new Dictionary<string, string?> { ["Bolt:Username"] = User, ["Bolt:Password"] = Password }
        );

    public async Task DisposeAsync() => await Host.DisposeAsync();

    protected Neo4jGraphDatabase Connect(Action<Neo4jOptions>? configure = null, bool routing = false)
    {
        var options = new Neo4jOptions
        {
            Uri = routing ? Host.Neo4jUri : Host.BoltUri,
            User = User,
            Password = Password,
            ConnectionTimeout = TimeSpan.FromSeconds(10),
        };
        configure?.Invoke(options);
        return new Neo4jGraphDatabase(options);
    }
}
