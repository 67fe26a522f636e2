using EconSecGraph.Cypher;
using EconSecGraph.Graph.Database;

namespace EconSecGraph.Contract.Tests.Backends;

/// <summary>The embedded engine, in memory.</summary>
public sealed class EmbeddedBackend : IContractBackend, IAsyncLifetime
{
    private EmbeddedGraphDatabase? _database;

    public string Name => "Embedded";

    public string? SkipReason => null;

    public IGraphDatabase Database => _database ?? throw new InvalidOperationException("Not started.");

    public Task InitializeAsync()
    {
        _database = EmbeddedGraphDatabase.CreateInMemory(new EmbeddedOptions { SyncCommits = false });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
