using EconSecGraph.Graph.Database;
using EconSecGraph.Web.Hosting;
using EconSecGraph.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EconSecGraph.Web.Tests.Neo4jBackend;

/// <summary>
/// Start-up and shut-down on the Neo4j backend: a server that refuses or is not there stops the app with an
/// error that says what failed, where, and what to set; the client is disposed with the app.
/// </summary>
public class Neo4jStartupTests
{
    [Fact]
    public async Task WrongPassword_FailsAtOnce_NamingTheServerTheCodeAndTheSetting()
    {
        await using var server = await EmbeddedBoltServer.StartAsync();
        // a long timeout: a refused login must not be retried until it runs out
        var message = await StartupErrorAsync(
            Neo4jBackendFixture.Settings(server.BoltUri, "not-the-password", "00:10:00")
        );
        Assert.Contains("refused", message, StringComparison.Ordinal);
        Assert.Contains(server.BoltUri, message, StringComparison.Ordinal);
        Assert.Contains("user 'neo4j'", message, StringComparison.Ordinal);
        Assert.Contains("Neo.ClientError.Security.Unauthorized", message, StringComparison.Ordinal);
        Assert.Contains("Neo4j__Password", message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachableServer_GivesUpAfterConnectTimeout_SayingWhereAndWhatToSet()
    {
        var uri = $"bolt://127.0.0.1:{EmbeddedBoltServer.FreePort()}";
        var message = await StartupErrorAsync(Neo4jBackendFixture.Settings(uri, "whatever-password", "00:00:02"));
        Assert.Contains("did not answer within 2 s", message, StringComparison.Ordinal);
        Assert.Contains(uri, message, StringComparison.Ordinal);
        Assert.Contains("Neo4j__Uri", message, StringComparison.Ordinal);
        Assert.Contains("Neo4j__ConnectTimeout", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServerComingUpLate_IsWaitedFor_ThenTheSeedLoads()
    {
        var port = EmbeddedBoltServer.FreePort();
        var settings = Neo4jBackendFixture.Settings(
            $"bolt://127.0.0.1:{port}",
            EmbeddedBoltServer.Password,
            "00:01:00"
        );
        EmbeddedBoltServer? server = null;
        try
        {
            await using var app = new ExplorerApp(settings);
            // the app starts (and retries) while nothing listens yet; the server appears a little later
            var starting = Task.Run(app.CreateClient);
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            Assert.False(starting.IsCompleted, "the app started although no server was there");
            server = await EmbeddedBoltServer.StartAsync(port);
            using var client = await starting;
            var health = await client.GetJsonAsync("/healthz");
            Assert.Equal("ok", (string?)health["status"]);
            Assert.StartsWith("loaded", (string?)health["seed"], StringComparison.Ordinal);
        }
        finally
        {
            if (server is not null)
            {
                await server.DisposeAsync(); // after the app: as at a compose shutdown, the app goes first
            }
        }
    }

    [Fact]
    public async Task EmptyPassword_SaysWhichSettingToSet()
    {
        var message = await StartupErrorAsync(Neo4jBackendFixture.Settings("bolt://127.0.0.1:7687", "", "00:00:02"));
        Assert.Contains("Neo4j:Password is empty", message, StringComparison.Ordinal);
        Assert.Contains("Neo4j__Password", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidUri_SaysTheSettingsAreInvalid()
    {
        var message = await StartupErrorAsync(
            Neo4jBackendFixture.Settings("http://127.0.0.1:7474", "pw-pw-pw-pw", "00:00:02")
        );
        Assert.Contains("Neo4j settings are invalid", message, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:7474", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyUser_DefaultsToNeo4j_AndTrustAndPoolSettingsBindFromTheSameSection()
    {
        await using var server = await EmbeddedBoltServer.StartAsync();
        var settings = Neo4jBackendFixture.Settings(server.BoltUri, EmbeddedBoltServer.Password, "00:00:30");
        settings["Neo4j:User"] = "";
        settings["Neo4j:TrustStrategy"] = "AllCertificates";
        settings["Neo4j:MaxConnectionPoolSize"] = "7";
        settings["Seed:LoadOnStart"] = "false";
        await using var app = new ExplorerApp(settings);
        using var client = app.CreateClient();
        var options = app
            .Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<EconSecGraph.Bolt.Client.Neo4jOptions>>()
            .Value;
        Assert.Equal("neo4j", options.User);
        Assert.Null(options.Database);
        Assert.Equal(EconSecGraph.Bolt.Client.TrustStrategy.AllCertificates, options.TrustStrategy);
        Assert.Equal(7, options.MaxConnectionPoolSize);
        var health = await client.GetJsonAsync("/healthz");
        Assert.Equal("ok", (string?)health["status"]);
    }

    [Fact]
    public async Task Shutdown_DisposesTheNeo4jClient()
    {
        await using var server = await EmbeddedBoltServer.StartAsync();
        var settings = Neo4jBackendFixture.Settings(server.BoltUri, EmbeddedBoltServer.Password, "00:00:30");
        settings["Seed:LoadOnStart"] = "false";
        IGraphDatabase database;
        await using (var app = new ExplorerApp(settings))
        {
            using var client = app.CreateClient();
            await client.GetJsonAsync("/healthz");
            database = app.Services.GetRequiredService<IGraphDatabase>();
            Assert.Equal("Neo4j", database.Backend);
            await database.VerifyConnectivityAsync();
        }
        await Assert.ThrowsAsync<ObjectDisposedException>(() => database.VerifyConnectivityAsync());
    }

    /// <summary>
    /// Starts the app's services (as Program composes them), which must fail; returns the messages of the error
    /// and its causes. Started directly rather than through WebApplicationFactory: when a start fails at once,
    /// the factory's deferred host can see the host disposed before the error arrives and report an
    /// ObjectDisposedException instead (seen under a loaded CI run).
    /// </summary>
    private static async Task<string> StartupErrorAsync(Dictionary<string, string?> settings)
    {
        settings["Seed:LoadOnStart"] = "false";
        settings["Bolt:Enabled"] = "false";
        settings["Seed:Directory"] = RepoPaths.Seed;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddEconSecGraph(builder.Configuration);
        builder.AddBoltServerForEmbeddedBackend();
        var app = builder.Build();
        try
        {
            var error = await Xunit.Record.ExceptionAsync(() => app.StartAsync());
            Assert.NotNull(error);
            var messages = new List<string>();
            for (var e = error; e is not null; e = e.InnerException)
            {
                messages.Add(e.Message);
            }
            return string.Join(" | ", messages);
        }
        finally
        {
            try
            {
                await app.DisposeAsync();
            }
            catch (Exception ex) when (ex is InvalidOperationException or AggregateException)
            {
                // the host never started: disposing what was half-built may complain
            }
        }
    }
}
