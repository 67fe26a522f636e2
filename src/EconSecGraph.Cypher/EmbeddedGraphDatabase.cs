using System.Globalization;
using System.Reflection;
using EconSecGraph.Cypher.Api;
using EconSecGraph.Cypher.Procedures;
using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Cypher.Store;
using EconSecGraph.Graph.Database;

namespace EconSecGraph.Cypher;

/// <summary>
/// The embedded openCypher engine behind <see cref="IGraphDatabase"/>: a durable store in a directory
/// (<see cref="Open"/>) or a throw-away one in memory (<see cref="CreateInMemory"/>). Queries run with
/// parameters, stream their records lazily, and commit automatically or in explicit transactions.
/// </summary>
/// <example>
/// <code>
/// await using var db = EmbeddedGraphDatabase.Open("data/graph");
/// await db.QueryAsync(new Query("CREATE (:Agency {name: $name})", new Dictionary&lt;string, CypherValue&gt; { ["name"] = "METI" }));
/// var (records, _) = await db.QueryAsync(new Query("MATCH (a:Agency) RETURN a.name AS name"));
/// </code>
/// </example>
public sealed class EmbeddedGraphDatabase : IGraphDatabase
{
    private long _lastCommit;
    private int _disposed;

    private EmbeddedGraphDatabase(IStoreBackend backend, EmbeddedOptions options)
    {
        Backend = backend;
        Options = options;
        Procedures = new ProcedureRegistry();
        BuiltInProcedures.RegisterAll(Procedures);
        Services = new EngineServices(options, Procedures);
        Compiler = new StatementCompiler(Services);
        _lastCommit = backend.LastCommitted;
        ServerInfo = new ServerInfo(Agent);
    }

    /// <summary>The agent string, <c>EconSecGraph/&lt;version&gt;</c>.</summary>
    public static string Agent { get; } =
        "EconSecGraph/"
        + (
            typeof(EmbeddedGraphDatabase)
                .Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()
                ?.InformationalVersion.Split('+')[0]
            ?? "1.0.0"
        );

    /// <summary>Opens (or creates) the durable store in <paramref name="directory"/>; only one process may hold it.</summary>
    public static EmbeddedGraphDatabase Open(string directory, EmbeddedOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        options ??= EmbeddedOptions.Default;
        return new EmbeddedGraphDatabase(StorageBackend.Open(directory, options), options);
    }

    /// <summary>A new empty database that lives in memory only.</summary>
    public static EmbeddedGraphDatabase CreateInMemory(EmbeddedOptions? options = null)
    {
        options ??= EmbeddedOptions.Default;
        return new EmbeddedGraphDatabase(StorageBackend.CreateInMemory(options), options);
    }

    string IGraphDatabase.Backend => "Embedded";

    public EmbeddedOptions Options { get; }

    /// <summary>The procedures CALL can reach; register your own here.</summary>
    public ProcedureRegistry Procedures { get; }

    /// <summary>The number of the last commit this database made or saw.</summary>
    public long LastCommit => Interlocked.Read(ref _lastCommit);

    internal IStoreBackend Backend { get; }

    internal EngineServices Services { get; }

    internal StatementCompiler Compiler { get; }

    internal ServerInfo ServerInfo { get; }

    internal static string Bookmark(long commit) => "ESG:" + commit.ToString(CultureInfo.InvariantCulture);

    internal void Committed(long number, bool schema)
    {
        long seen;
        do
        {
            seen = Interlocked.Read(ref _lastCommit);
        } while (number > seen && Interlocked.CompareExchange(ref _lastCommit, number, seen) != seen);
        if (schema)
        {
            Compiler.Clear();
        }
    }

    public Task<ServerInfo> VerifyConnectivityAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        using var read = Backend.BeginRead();
        return Task.FromResult(ServerInfo);
    }

    public Task<IQueryResult> RunAsync(
        Query query,
        TransactionConfig? config = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(query);
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        var state = new TransactionState(this, config ?? TransactionConfig.Default, autoCommit: true);
        return Task.FromResult<IQueryResult>(state.Run(query, cancellationToken));
    }

    public Task<IGraphTransaction> BeginTransactionAsync(
        TransactionConfig? config = null,
        CancellationToken cancellationToken = default
    )
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        var state = new TransactionState(this, config ?? TransactionConfig.Default, autoCommit: false);
        return Task.FromResult<IGraphTransaction>(new EmbeddedTransaction(state));
    }

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Backend.Dispose();
        }
        return ValueTask.CompletedTask;
    }
}
