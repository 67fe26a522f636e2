using EconSecGraph.Graph.Database;
using EconSecGraph.Web.Configuration;
using EconSecGraph.Web.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ClientOptions = EconSecGraph.Bolt.Client.Neo4jOptions;

namespace EconSecGraph.Web.Tests.Unit;

public class GraphStartupServiceTests
{
    [Fact]
    public async Task StopAsync_BackendWhoseConnectionsAreAlreadyGone_ShutsDownWithoutThrowing()
    {
        var database = new GoneDatabase();
        var service = new GraphStartupService(
            database,
            new SeedStatus(),
            new SeedRunner(new TestEnvironment(), NullLogger<SeedRunner>.Instance),
            Options.Create(new SeedOptions()),
            Options.Create(new Neo4jOptions()),
            Options.Create(new ClientOptions()),
            Options.Create(new GraphOptions { Backend = GraphBackendKind.Neo4j }),
            new TestEnvironment(),
            NullLogger<GraphStartupService>.Instance
        );
        await service.StopAsync(CancellationToken.None);
        Assert.True(database.DisposeCalled);
    }

    private sealed class GoneDatabase : IGraphDatabase
    {
        public bool DisposeCalled { get; private set; }

        public string Backend => "Neo4j";

        public Task<ServerInfo> VerifyConnectivityAsync(CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<IQueryResult> RunAsync(
            Query query,
            TransactionConfig? config = null,
            CancellationToken cancellationToken = default
        ) => throw new NotSupportedException();

        public Task<IGraphTransaction> BeginTransactionAsync(
            TransactionConfig? config = null,
            CancellationToken cancellationToken = default
        ) => throw new NotSupportedException();

        public ValueTask DisposeAsync()
        {
            DisposeCalled = true;
            // what the Bolt client throws when the server closed its sockets first
            throw new ObjectDisposedException("System.Net.Sockets.NetworkStream");
        }
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "EconSecGraph.Web";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } =
            new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
