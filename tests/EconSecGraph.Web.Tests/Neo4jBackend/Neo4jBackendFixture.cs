using EconSecGraph.Web.Tests.Support;

namespace EconSecGraph.Web.Tests.Neo4jBackend;

/// <summary>
/// The real app with <c>Graph:Backend=Neo4j</c>, pointed over Bolt at <see cref="EmbeddedBoltServer"/> (empty
/// at first): start-up connects, loads graph-seed through Cypher over Bolt, and the API answers from there.
/// </summary>
public sealed class Neo4jBackendFixture : IAsyncLifetime
{
    public EmbeddedBoltServer Server { get; private set; } = null!;

    public ExplorerApp App { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public static Dictionary<string, string?> Settings(string uri, string password, string connectTimeout) =>
        new(StringComparer.Ordinal)
        {
            ["Graph:Backend"] = "Neo4j",
            ["Neo4j:Uri"] = uri,
            ["Neo4j:User"] = EmbeddedBoltServer.User,
            ["Neo4j:Password"] = password,
            ["Neo4j:Database"] = "",
            ["Neo4j:ConnectTimeout"] = connectTimeout,
            // on, as in appsettings.json: with the Neo4j backend the app must leave Bolt off by itself
            ["Bolt:Enabled"] = "true",
        };

    public async Task InitializeAsync()
    {
        Server = await EmbeddedBoltServer.StartAsync();
        App = new ExplorerApp(Settings(Server.BoltUri, EmbeddedBoltServer.Password, "00:00:30"));
        Client = App.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        await Server.DisposeAsync();
    }
}
