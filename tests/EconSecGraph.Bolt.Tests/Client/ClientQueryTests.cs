using EconSecGraph.Bolt.Tests.Support;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Tests.Client;

public class ClientQueryTests : ClientTestBase
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task VerifyConnectivity_ReportsAgentAndProtocol(bool routing)
    {
        await using var db = Connect(routing: routing);
        var info = await db.VerifyConnectivityAsync();
        Assert.Equal("Neo4j/5.26.0", info.Agent);
        Assert.Equal("5.8", info.ProtocolVersion);
        Assert.Equal($"127.0.0.1:{Host.Port}", info.Address);
        Assert.Equal("Neo4j", db.Backend);
    }

    [Fact]
    public async Task Query_RecordsKeysAndSummary()
    {
        await using var db = Connect();
        var (records, summary) = await db.QueryAsync(new Query("RETURN 1 AS n"));
        Assert.Equal(["n"], Assert.Single(records).Keys);
        Assert.Equal(CypherInteger.Of(1), records[0]["n"]);
        Assert.Equal(QueryType.ReadOnly, summary.QueryType);
        Assert.StartsWith("FB:scripted:", summary.Bookmark, StringComparison.Ordinal);
        Assert.Equal("neo4j", summary.Database);
        Assert.Equal("Neo4j/5.26.0", summary.Server?.Agent);
    }

    [Fact]
    public async Task GraphValues_ArriveExactly()
    {
        await using var db = Connect();
        var (records, _) = await db.QueryAsync(new Query("GRAPH"));
        var row = Assert.Single(records);
        Assert.Equal(ScriptedGraphDatabase.Agency, row["a"]);
        var agency = (CypherNode)row["a"];
        Assert.Equal(["Agency"], agency.Labels);
        Assert.Equal(CypherInteger.Of(2001), agency.Properties["founded"]);
        var funds = (CypherRelationship)row["r"];
        Assert.Equal("FUNDS", funds.Type);
        Assert.Equal("4:scripted:1", funds.StartNodeElementId);
        Assert.Equal(new CypherFloat(5.5), funds.Properties["amount"]);
        Assert.Equal(ScriptedGraphDatabase.ForwardPath, row["p"]);
        var backwards = (CypherPath)row["q"];
        Assert.Equal(ScriptedGraphDatabase.BackwardsPath, backwards);
        Assert.Equal(1L, backwards.Relationships[0].StartNodeId); // still Agency → Program
    }

    [Fact]
    public async Task TemporalSpatialAndPlainValues_ArriveExactly()
    {
        await using var db = Connect();
        var temporals = (await db.QueryAsync(new Query("TEMPORALS"))).Records[0];
        Assert.Equal(CypherDate.Of(2024, 2, 29), temporals["date"]);
        Assert.Equal(new CypherDateTime(1_700_000_000, 123_000_000, 9 * 3600, "Asia/Tokyo"), temporals["zoned"]);
        Assert.Equal(new CypherDateTime(4500, 42, 3600), temporals["dateTime"]);
        Assert.Equal(new CypherDuration(14, 3, 3723, 500_000_000), temporals["duration"]);
        Assert.Equal(new CypherPoint(CypherPoint.Cartesian3D, 1.5, -2.5, 3.25), temporals["point3d"]);
        var values = (await db.QueryAsync(new Query("VALUES"))).Records[0];
        Assert.Equal(new CypherBytes(new byte[] { 0, 1, 254, 255 }), values["bytes"]);
        Assert.Equal(new CypherString("経済安全保障 ✓"), values["text"]);
        Assert.Equal(CypherInteger.Of(9_007_199_254_740_993L), values["big"]);
        Assert.Equal(CypherNull.Instance, values["nothing"]);
    }

    [Fact]
    public async Task Parameters_OfEveryKind_RoundTrip()
    {
        await using var db = Connect();
        var parameters = new Dictionary<string, CypherValue>
        {
            ["null"] = CypherNull.Instance,
            ["bool"] = true,
            ["int"] = long.MinValue,
            ["float"] = double.NegativeInfinity,
            ["string"] = "ü",
            ["bytes"] = new CypherBytes(new byte[300]),
            ["list"] = CypherList.Wrap([.. Enumerable.Range(0, 70).Select(i => (CypherValue)(long)i)]),
            ["map"] = new CypherMap(new Dictionary<string, CypherValue> { ["k"] = CypherList.Empty }),
            ["date"] = CypherDate.Of(-44, 3, 15),
            ["time"] = new CypherTime(1, -18 * 3600),
            ["localTime"] = new CypherLocalTime(0),
            ["localDateTime"] = new CypherLocalDateTime(-62_135_596_800, 0),
            ["dateTime"] = new CypherDateTime(0, 1, -3600),
            ["zoned"] = new CypherDateTime(1_688_169_600, 0, 7200, "Europe/Berlin"),
            ["duration"] = new CypherDuration(-1, -2, -3, -4),
            ["point"] = new CypherPoint(CypherPoint.Wgs84_2D, 1, 2),
        };
        var (records, _) = await db.QueryAsync(new Query("ECHO", parameters));
        var row = Assert.Single(records);
        foreach (var (key, value) in parameters)
        {
            Assert.Equal(value, row[key]);
        }
    }

    [Fact]
    public async Task Streaming_InBatchesOfTheFetchSize()
    {
        await using var db = Connect(o => o.FetchSize = 2);
        var (records, _) = await db.QueryAsync(new Query("ROWS", new Dictionary<string, CypherValue> { ["n"] = 7L }));
        Assert.Equal(Enumerable.Range(1, 7).Select(i => CypherInteger.Of(i)), records.Select(r => r["i"]));
    }

    [Fact]
    public async Task Consume_MidStream_DiscardsTheRest_AndTheConnectionIsReused()
    {
        await using var db = Connect(o =>
        {
            o.FetchSize = 2;
            o.MaxConnectionPoolSize = 1;
        });
        await using (
            var result = await db.RunAsync(new Query("ROWS", new Dictionary<string, CypherValue> { ["n"] = 10L }))
        )
        {
            Assert.NotNull(await result.NextAsync());
            var summary = await result.ConsumeAsync();
            Assert.Equal(QueryType.ReadOnly, summary.QueryType);
            Assert.Null(await result.NextAsync());
        }
        var (records, _) = await db.QueryAsync(new Query("RETURN 1 AS n"));
        Assert.Single(records);
    }

    [Fact]
    public async Task SyntaxError_CarriesCodeAndPosition_ThenTheNextQueryWorks()
    {
        await using var db = Connect(o => o.MaxConnectionPoolSize = 1);
        var error = await Assert.ThrowsAsync<CypherSyntaxException>(() => db.QueryAsync(new Query("FAIL here")));
        Assert.Equal(Neo4jStatusCodes.SyntaxError, error.Code);
        Assert.Equal(new SourcePosition(0, 1, 1), error.Position);
        Assert.Equal("42001", error.GqlStatus);
        Assert.Contains("Invalid input 'FAIL'", error.Message, StringComparison.Ordinal);
        var (records, _) = await db.QueryAsync(new Query("RETURN 1 AS n"));
        Assert.Single(records);
    }

    [Fact]
    public async Task ErrorWhileStreaming_SurfacesFromNext()
    {
        await using var db = Connect();
        await using var result = await db.RunAsync(new Query("FAIL LATE"));
        Assert.NotNull(await result.NextAsync());
        var error = await Assert.ThrowsAsync<CypherArgumentException>(async () => await result.NextAsync());
        Assert.Equal(new SourcePosition(7, 1, 8), error.Position);
    }

    [Fact]
    public async Task ReadAccessMode_WriteIsRefused()
    {
        await using var db = Connect();
        await Assert.ThrowsAsync<AccessModeException>(() =>
            db.QueryAsync(new Query("CREATE"), TransactionConfig.ReadOnly)
        );
        Assert.Equal(0, Engine.CommittedItems);
    }

    [Fact]
    public async Task UnknownDatabase_IsDatabaseNotFound()
    {
        await using var db = Connect(o => o.Database = "elsewhere");
        var error = await Assert.ThrowsAsync<CypherException>(() => db.QueryAsync(new Query("RETURN 1 AS n")));
        Assert.Equal(Neo4jStatusCodes.DatabaseNotFound, error.Code);
    }

    [Fact]
    public async Task TransactionSettings_ReachTheServer()
    {
        await using var db = Connect(o => o.Database = "neo4j");
        var config = new TransactionConfig
        {
            Timeout = TimeSpan.FromSeconds(3),
            Metadata = new Dictionary<string, CypherValue> { ["app"] = "tests" },
            Bookmarks = ["FB:given"],
        };
        await db.QueryAsync(new Query("RETURN 1 AS n"), config);
        var seen = Engine.Configs[^1];
        Assert.Equal(TimeSpan.FromSeconds(3), seen.Timeout);
        Assert.Equal(new CypherString("tests"), seen.Metadata!["app"]);
        Assert.Equal(["FB:given"], seen.Bookmarks);
        Assert.Equal("neo4j", seen.Database);
    }

    [Fact]
    public async Task Cancellation_StopsAWaitingRead_AndThePoolRecovers()
    {
        await using var db = Connect(o => o.MaxConnectionPoolSize = 1);
        await using (var result = await db.RunAsync(new Query("SLOW")))
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await result.NextAsync(cts.Token));
        }
        var (records, _) = await db.QueryAsync(new Query("RETURN 1 AS n"));
        Assert.Single(records);
    }

    [Fact]
    public async Task PoolExhausted_AcquisitionTimesOutWithAClearMessage()
    {
        await using var db = Connect(o =>
        {
            o.MaxConnectionPoolSize = 1;
            o.ConnectionAcquisitionTimeout = TimeSpan.FromMilliseconds(200);
        });
        await using var held = await db.BeginTransactionAsync();
        var error = await Assert.ThrowsAsync<CypherException>(() => db.QueryAsync(new Query("RETURN 1 AS n")));
        Assert.Contains("pool size 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServerUnreachable_IsTransientServiceUnavailable()
    {
        await using var db = new EconSecGraph.Bolt.Client.Neo4jGraphDatabase(
            new EconSecGraph.Bolt.Client.Neo4jOptions
            {
                Uri = "bolt://127.0.0.1:1",
                ConnectionTimeout = TimeSpan.FromSeconds(5),
            }
        );
        var error = await Assert.ThrowsAsync<CypherException>(() => db.VerifyConnectivityAsync());
        Assert.Equal(Neo4jStatusCodes.ServiceUnavailable, error.Code);
        Assert.True(error.IsTransient);
        Assert.Contains("127.0.0.1:1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPassword_IsUnauthorized()
    {
        await using var db = Connect(o => o.Password = "wrong");
        var error = await Assert.ThrowsAsync<CypherException>(() => db.VerifyConnectivityAsync());
        Assert.Equal(Neo4jStatusCodes.Unauthorized, error.Code);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task HttpPort_IsExplained()
    {
        await using var db = new EconSecGraph.Bolt.Client.Neo4jGraphDatabase(
            new EconSecGraph.Bolt.Client.Neo4jOptions
            {
                Uri = $"bolt://127.0.0.1:{Host.HttpPort}",
                ConnectionTimeout = TimeSpan.FromSeconds(5),
            }
        );
        var error = await Assert.ThrowsAsync<CypherException>(() => db.VerifyConnectivityAsync());
        Assert.Contains("HTTP", error.Message, StringComparison.Ordinal);
        Assert.Contains("7687", error.Message, StringComparison.Ordinal);
    }
}
