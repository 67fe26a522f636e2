using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using EconSecGraph.Bolt.Client;
using EconSecGraph.Graph.Database;

namespace EconSecGraph.Contract.Tests.Backends;

/// <summary>
/// A real Neo4j 5: the server at <c>NEO4J_TEST_URI</c> (with <c>NEO4J_TEST_USER</c>/<c>NEO4J_TEST_PASSWORD</c>) when
/// set, otherwise a <c>neo4j:5.26-community</c> container through Testcontainers; skipped with the reason when
/// neither is available (no Docker engine on the build machines).
/// </summary>
public sealed class Neo4jBackend : IContractBackend, IAsyncLifetime
{
    public const string Image = "neo4j:5.26-community";
    private const string ContainerPassword = "contract-tests-pw";

    private IContainer? _container;
    private Neo4jGraphDatabase? _database;

    public string Name => "Neo4j";

    public string? SkipReason { get; private set; }

    public IGraphDatabase Database => _database ?? throw new InvalidOperationException(SkipReason);

    public async Task InitializeAsync()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_TEST_URI");
        if (!string.IsNullOrWhiteSpace(uri))
        {
            _database = new Neo4jGraphDatabase(
                new Neo4jOptions
                {
                    Uri = uri,
                    User = Environment.GetEnvironmentVariable("NEO4J_TEST_USER") ?? "neo4j",
                    Password = Environment.GetEnvironmentVariable("NEO4J_TEST_PASSWORD"),
                    Database = Environment.GetEnvironmentVariable("NEO4J_TEST_DATABASE"),
                }
            );
            await _database.VerifyConnectivityAsync();
            return;
        }
        try
        {
            _container = new ContainerBuilder(Image)
                .WithPortBinding(7687, true)
                .WithPortBinding(7474, true)
                .WithEnvironment("NEO4J_AUTH", "neo4j/" + ContainerPassword)
                .WithWaitStrategy(
                    Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(7474).ForPath("/"))
                )
                .Build();
        }
        catch (DockerUnavailableException ex)
        {
            SkipReason =
                "No Neo4j to test against: Docker is unavailable ("
                + ex.Message.Split('\n')[0].Trim()
                + ") and NEO4J_TEST_URI is not set. Start Docker, or set NEO4J_TEST_URI=bolt://host:7687 "
                + "(plus NEO4J_TEST_USER / NEO4J_TEST_PASSWORD); see docs/bolt.md.";
            return;
        }
        await _container.StartAsync();
        _database = new Neo4jGraphDatabase(
            new Neo4jOptions
            {
                Uri = $"bolt://{_container.Hostname}:{_container.GetMappedPublicPort(7687)}",
                User = "neo4j",
                Password = ContainerPassword,
            }
        );
        await _database.VerifyConnectivityAsync();
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}
