using EconSecGraph.Cypher;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using EconSecGraph.Seed.Loading;

namespace EconSecGraph.Seed.Tests.Facts;

/// <summary>The repository's seed loaded twice into an in-memory embedded database (shared by the fact tests).</summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    public EmbeddedGraphDatabase Database { get; } = EmbeddedGraphDatabase.CreateInMemory();

    public SeedLoadReport First { get; private set; } = null!;

    public SeedLoadReport Second { get; private set; } = null!;

    public List<SeedLoadProgress> Progress { get; } = [];

    /// <summary>Set when the engine could not load the seed (an engine gap, reported to the lead); the tests skip with it.</summary>
    public string? EngineGap { get; private set; }

    public async Task InitializeAsync()
    {
        var loader = new SeedLoader(Database, progress: new SyncProgress(Progress.Add));
        try
        {
            First = await loader.LoadAsync(SeedPaths.Repository());
            Second = await loader.LoadAsync(SeedPaths.Repository());
        }
        catch (CypherException ex) when (ex.Code == Neo4jStatusCodes.UnknownError)
        {
            EngineGap =
                $"the embedded engine failed loading the seed: {ex.Message} (at {Progress.Count + 1}. statement)";
        }
    }

    /// <summary>Skips the calling test while the engine cannot load the seed.</summary>
    public void RequireLoaded() => Skip.If(EngineGap is not null, EngineGap);

    public async Task DisposeAsync() => await Database.DisposeAsync();

    /// <summary>Runs a read query and returns its rows as lists of values.</summary>
    public async Task<List<IReadOnlyList<CypherValue>>> RowsAsync(
        string cypher,
        params (string Name, CypherValue Value)[] parameters
    )
    {
        var query = new Query(cypher, parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));
        var (records, _) = await Database.QueryAsync(query, TransactionConfig.ReadOnly);
        return [.. records.Select(r => r.Values)];
    }

    /// <summary>The single column of every row, as display strings.</summary>
    public async Task<List<string>> ColumnAsync(string cypher, params (string Name, CypherValue Value)[] parameters) =>
        [.. (await RowsAsync(cypher, parameters)).Select(r => Assert.Single(r).ToString())];

    public async Task<CypherValue> ScalarAsync(string cypher, params (string Name, CypherValue Value)[] parameters) =>
        Assert.Single(Assert.Single(await RowsAsync(cypher, parameters)));

    private sealed class SyncProgress(Action<SeedLoadProgress> report) : IProgress<SeedLoadProgress>
    {
        public void Report(SeedLoadProgress value) => report(value);
    }
}
