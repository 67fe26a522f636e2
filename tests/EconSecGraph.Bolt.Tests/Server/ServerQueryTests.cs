using EconSecGraph.Bolt.Messages;
using EconSecGraph.Bolt.Server;
using EconSecGraph.Bolt.Tests.Support;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Tests.Server;

public class ServerQueryTests
{
    private static RunMessage Run(string text, CypherMap? parameters = null, CypherMap? extra = null) =>
        new(text, parameters ?? CypherMap.Empty, extra ?? CypherMap.Empty);

    private static string Text(CypherMap map, string key) => ((CypherString)map[key]).Value;

    [Fact]
    public async Task RunAndPullPipelined_FieldsRecordSummary()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase());
        await server.ConnectAsync();
        await server.SendAsync(Run("RETURN 1 AS n"), new PullMessage(1000));
        var run = await server.ReceiveAsync<SuccessMessage>();
        Assert.Equal(CypherList.Wrap(["n"]), run.Metadata["fields"]);
        Assert.IsType<CypherInteger>(run.Metadata["t_first"]);
        Assert.False(run.Metadata.ContainsKey("qid"));
        Assert.Equal([CypherInteger.Of(1)], (await server.ReceiveAsync<RecordMessage>()).Values);
        var summary = await server.ReceiveAsync<SuccessMessage>();
        Assert.Equal("r", Text(summary.Metadata, "type"));
        Assert.Equal("neo4j", Text(summary.Metadata, "db"));
        Assert.StartsWith("FB:scripted:", Text(summary.Metadata, "bookmark"), StringComparison.Ordinal);
        Assert.False(summary.Metadata.ContainsKey("has_more"));
        Assert.False(summary.Metadata.ContainsKey("stats"));
    }

    [Fact]
    public async Task PullN_HasMoreUntilTheEnd()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase());
        await server.ConnectAsync();
        await server.SendAsync(Run("ROWS", ServerHarness.Map(("n", 3L))), new PullMessage(2));
        await server.ReceiveAsync<SuccessMessage>();
        await server.ReceiveAsync<RecordMessage>();
        await server.ReceiveAsync<RecordMessage>();
        Assert.Equal(CypherBoolean.True, (await server.ReceiveAsync<SuccessMessage>()).Metadata["has_more"]);
        await server.SendAsync(new PullMessage(2));
        Assert.Equal([CypherInteger.Of(3)], (await server.ReceiveAsync<RecordMessage>()).Values);
        Assert.True((await server.ReceiveAsync<SuccessMessage>()).Metadata.ContainsKey("bookmark"));
    }

    [Fact]
    public async Task PullExactlyAll_EndsWithoutHasMore()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase());
        await server.ConnectAsync();
        await server.SendAsync(Run("ROWS", ServerHarness.Map(("n", 2L))), new PullMessage(2));
        await server.ReceiveAsync<SuccessMessage>();
        await server.ReceiveAsync<RecordMessage>();
        await server.ReceiveAsync<RecordMessage>();
        var end = await server.ReceiveAsync<SuccessMessage>();
        Assert.False(end.Metadata.ContainsKey("has_more"));
        Assert.Equal("r", Text(end.Metadata, "type"));
    }

    [Fact]
    public async Task Discard_DropsRecords()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase());
        await server.ConnectAsync();
        await server.SendAsync(
            Run("ROWS", ServerHarness.Map(("n", 5L))),
            new DiscardMessage(2),
            new DiscardMessage(-1)
        );
        await server.ReceiveAsync<SuccessMessage>();
        Assert.Equal(CypherBoolean.True, (await server.ReceiveAsync<SuccessMessage>()).Metadata["has_more"]);
        Assert.True((await server.ReceiveAsync<SuccessMessage>()).Metadata.ContainsKey("type"));
    }

    [Fact]
    public async Task SyntaxError_FailureThenIgnored_ResetRecovers()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase());
        await server.ConnectAsync();
        await server.SendAsync(Run("FAIL here"), new PullMessage(1000));
        var failure = await server.ReceiveAsync<FailureMessage>();
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", Text(failure.Metadata, "neo4j_code"));
        Assert.Equal("42001", Text(failure.Metadata, "gql_status"));
        await server.ReceiveAsync<IgnoredMessage>();
        await server.SendAsync(Run("RETURN 1 AS n"), new PullMessage(1));
        await server.ReceiveAsync<IgnoredMessage>();
        await server.ReceiveAsync<IgnoredMessage>();
        await server.SendAsync(ResetMessage.Instance, Run("RETURN 1 AS n"), new PullMessage(1));
        await server.ReceiveAsync<SuccessMessage>();
        await server.ReceiveAsync<SuccessMessage>();
        await server.ReceiveAsync<RecordMessage>();
    }

    [Fact]
    public async Task ErrorWhileStreaming_RecordThenFailure()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase());
        await server.ConnectAsync();
        await server.SendAsync(Run("FAIL LATE"), new PullMessage(-1));
        await server.ReceiveAsync<SuccessMessage>();
        await server.ReceiveAsync<RecordMessage>();
        var failure = await server.ReceiveAsync<FailureMessage>();
        Assert.Equal("Neo.ClientError.Statement.ArgumentError", Text(failure.Metadata, "neo4j_code"));
        Assert.Equal(BoltServerState.Failed, server.Connection.State);
    }

    [Fact]
    public async Task ExplicitTransaction_CommitKeeps_RollbackDrops()
    {
        var database = new ScriptedGraphDatabase();
        await using var server = new ServerHarness(database);
        await server.ConnectAsync();
        await server.SendAsync(
            new BeginMessage(CypherMap.Empty),
            Run("CREATE"),
            new PullMessage(-1),
            CommitMessage.Instance
        );
        await server.ReceiveAsync<SuccessMessage>();
        Assert.Equal(CypherInteger.Of(0), (await server.ReceiveAsync<SuccessMessage>()).Metadata["qid"]);
        var summary = await server.ReceiveAsync<SuccessMessage>();
        Assert.Equal("w", Text(summary.Metadata, "type"));
        var stats = (CypherMap)summary.Metadata["stats"];
        Assert.Equal(CypherInteger.Of(1), stats["nodes-created"]);
        Assert.Equal(CypherBoolean.True, stats["contains-updates"]);
        Assert.False(stats.ContainsKey("nodes-deleted"));
        Assert.False(summary.Metadata.ContainsKey("bookmark")); // inside a transaction the bookmark comes with COMMIT
        Assert.StartsWith(
            "FB:",
            Text((await server.ReceiveAsync<SuccessMessage>()).Metadata, "bookmark"),
            StringComparison.Ordinal
        );
        Assert.Equal(1, database.CommittedItems);

        await server.SendAsync(
            new BeginMessage(CypherMap.Empty),
            Run("CREATE"),
            new PullMessage(-1),
            RollbackMessage.Instance
        );
        for (var i = 0; i < 4; i++)
        {
            await server.ReceiveAsync<SuccessMessage>();
        }
        Assert.Equal(1, database.CommittedItems);
    }

    [Fact]
    public async Task Transaction_TwoOpenResults_PulledByQid()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase());
        await server.ConnectAsync();
        await server.SendAsync(
            new BeginMessage(CypherMap.Empty),
            Run("ROWS", ServerHarness.Map(("n", 2L))),
            Run("RETURN 1 AS n"),
            new PullMessage(-1, 0),
            new PullMessage(-1)
        );
        await server.ReceiveAsync<SuccessMessage>();
        Assert.Equal(CypherInteger.Of(0), (await server.ReceiveAsync<SuccessMessage>()).Metadata["qid"]);
        Assert.Equal(CypherInteger.Of(1), (await server.ReceiveAsync<SuccessMessage>()).Metadata["qid"]);
        Assert.Equal([CypherInteger.Of(1)], (await server.ReceiveAsync<RecordMessage>()).Values);
        Assert.Equal([CypherInteger.Of(2)], (await server.ReceiveAsync<RecordMessage>()).Values);

        await server.ReceiveAsync<SuccessMessage>();
        Assert.Equal([CypherInteger.Of(1)], (await server.ReceiveAsync<RecordMessage>()).Values);
        await server.ReceiveAsync<SuccessMessage>();
        await server.SendAsync(new PullMessage(-1, 7));
        var failure = await server.ReceiveAsync<FailureMessage>();
        Assert.Contains("no open result with qid 7", Text(failure.Metadata, "message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccessModeRead_WriteFails()
    {
        var database = new ScriptedGraphDatabase();
        await using var server = new ServerHarness(database);
        await server.ConnectAsync();
        await server.SendAsync(Run("CREATE", extra: ServerHarness.Map(("mode", "r"))), new PullMessage(-1));
        var failure = await server.ReceiveAsync<FailureMessage>();
        Assert.Equal("Neo.ClientError.Statement.AccessMode", Text(failure.Metadata, "neo4j_code"));
        Assert.Equal(AccessMode.Read, database.Configs[^1].AccessMode);
    }

    [Fact]
    public async Task ReadOnlyServer_ForcesReadMode()
    {
        var database = new ScriptedGraphDatabase();
        await using var server = new ServerHarness(database, new BoltServerOptions { ReadOnly = true });
        await server.ConnectAsync();
        await server.SendAsync(new BeginMessage(ServerHarness.Map(("mode", "w"))), Run("CREATE"), new PullMessage(-1));
        await server.ReceiveAsync<SuccessMessage>();
        Assert.Equal(
            "Neo.ClientError.Statement.AccessMode",
            Text((await server.ReceiveAsync<FailureMessage>()).Metadata, "neo4j_code")
        );
        Assert.Equal(0, database.CommittedItems);
    }

    [Fact]
    public async Task WritableByDefault()
    {
        var database = new ScriptedGraphDatabase();
        await using var server = new ServerHarness(database);
        await server.ConnectAsync();
        await server.SendAsync(Run("CREATE"), new PullMessage(-1));
        await server.ReceiveAsync<SuccessMessage>();
        await server.ReceiveAsync<SuccessMessage>();
        Assert.Equal(1, database.CommittedItems);
    }

    [Fact]
    public async Task RunExtra_ReachesTheEngine()
    {
        var database = new ScriptedGraphDatabase();
        await using var server = new ServerHarness(database);
        await server.ConnectAsync();
        var extra = ServerHarness.Map(
            ("bookmarks", CypherList.Wrap(["FB:a"])),
            ("tx_timeout", 1500L),
            ("tx_metadata", ServerHarness.Map(("app", "test"))),
            ("db", "NEO4J")
        );
        await server.SendAsync(Run("RETURN 1 AS n", extra: extra), new PullMessage(-1));
        await server.ReceiveAsync<SuccessMessage>();
        var config = database.Configs[^1];
        Assert.Equal(["FB:a"], config.Bookmarks);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), config.Timeout);
        Assert.Equal(CypherString.Empty.GetType(), config.Metadata!["app"].GetType());
        Assert.Equal("neo4j", config.Database);
    }

    [Fact]
    public async Task UnknownDatabase_DatabaseNotFound()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase());
        await server.ConnectAsync();
        await server.SendAsync(Run("RETURN 1 AS n", extra: ServerHarness.Map(("db", "other"))));
        var failure = await server.ReceiveAsync<FailureMessage>();
        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", Text(failure.Metadata, "neo4j_code"));
    }

    [Fact]
    public async Task Route_EchoesTheDialledAddress()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase());
        await server.ConnectAsync();
        await server.SendAsync(
            new RouteMessage(ServerHarness.Map(("address", "127.0.0.1:17687")), [], CypherMap.Empty),
            new TelemetryMessage(2)
        );
        var route = await server.ReceiveAsync<SuccessMessage>();
        var rt = (CypherMap)route.Metadata["rt"];
        Assert.Equal(CypherInteger.Of(300), rt["ttl"]);
        Assert.Equal("neo4j", Text(rt, "db"));
        var servers = ((CypherList)rt["servers"]).Cast<CypherMap>().ToList();
        Assert.Equal(["ROUTE", "READ", "WRITE"], servers.Select(s => Text(s, "role")));
        Assert.All(servers, s => Assert.Equal(CypherList.Wrap(["127.0.0.1:17687"]), s["addresses"]));
        await server.ReceiveAsync<SuccessMessage>(); // TELEMETRY
    }

    [Fact]
    public async Task ResetInterruptsRunningWork()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase());
        await server.ConnectAsync();
        await server.SendAsync(Run("SLOW"), new PullMessage(-1));
        await server.ReceiveAsync<SuccessMessage>();
        await server.SendAsync(ResetMessage.Instance);
        await server.ReceiveAsync<IgnoredMessage>(); // the interrupted PULL
        await server.ReceiveAsync<SuccessMessage>(); // the RESET
        await server.SendAsync(Run("RETURN 1 AS n"), new PullMessage(-1));
        await server.ReceiveAsync<SuccessMessage>();
        await server.ReceiveAsync<RecordMessage>();
    }

    [Fact]
    public async Task Parameters_ReachTheEngineWithTheirTypes()
    {
        var database = new ScriptedGraphDatabase();
        await using var server = new ServerHarness(database);
        await server.ConnectAsync();
        var parameters = ServerHarness.Map(
            ("f", 1.0),
            ("i", 2L),
            ("s", "x"),
            ("d", CypherDate.Of(2020, 1, 1)),
            ("l", CypherList.Wrap([1L, "a"]))
        );
        await server.SendAsync(Run("ECHO", parameters), new PullMessage(-1));
        var fields = (CypherList)(await server.ReceiveAsync<SuccessMessage>()).Metadata["fields"];
        Assert.Equal(CypherList.Wrap(["d", "f", "i", "l", "s"]), fields);
        var record = await server.ReceiveAsync<RecordMessage>();
        Assert.Equal(
            new CypherValue[] { CypherDate.Of(2020, 1, 1), 1.0, 2L, CypherList.Wrap([1L, "a"]), "x" },
            record.Values
        );
    }
}
