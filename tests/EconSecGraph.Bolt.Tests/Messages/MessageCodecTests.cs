using EconSecGraph.Bolt.Framing;
using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.Messages;
using EconSecGraph.Bolt.Tests.Support;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Tests.Messages;

public class MessageCodecTests
{
    private static string Bytes(BoltMessage message) => Hex.Of(MessageCodec.Serialize(message, BoltValueFormat.V5));

    private static BoltMessage Read(string hex) => MessageCodec.Read(Hex.Bytes(hex), BoltValueFormat.V5);

    [Fact]
    public void Run_JsDriverBytes()
    {
        var run = new RunMessage("RETURN 1", CypherMap.Empty, CypherMap.Empty);
        Assert.Equal("B3 10 88 52 45 54 55 52 4E 20 31 A0 A0", Bytes(run));
        var back = Assert.IsType<RunMessage>(Read("B3 10 88 52 45 54 55 52 4E 20 31 A0 A0"));
        Assert.Equal("RETURN 1", back.Query);
    }

    [Fact]
    public void Pull_JsDriverBytes()
    {
        Assert.Equal("B1 3F A1 81 6E C9 03 E8", Bytes(new PullMessage(1000)));
        Assert.Equal(new PullMessage(1000), Read("B1 3F A1 81 6E C9 03 E8"));
        Assert.Equal("B1 2F A2 81 6E FF 83 71 69 64 05", Bytes(new DiscardMessage(-1, 5)));
        Assert.Equal(new DiscardMessage(-1, 5), Read("B1 2F A2 81 6E FF 83 71 69 64 05"));
    }

    [Fact]
    public void Pull_WithoutN_IsAProtocolError() =>
        Assert.Contains(
            "requires 'n'",
            Assert.Throws<BoltProtocolException>(() => Read("B1 3F A0")).Message,
            StringComparison.Ordinal
        );

    [Theory]
    [InlineData("B0 02", typeof(GoodbyeMessage))]
    [InlineData("B0 0F", typeof(ResetMessage))]
    [InlineData("B0 12", typeof(CommitMessage))]
    [InlineData("B0 13", typeof(RollbackMessage))]
    [InlineData("B0 6B", typeof(LogoffMessage))]
    [InlineData("B0 7E", typeof(IgnoredMessage))]
    [InlineData("B1 54 02", typeof(TelemetryMessage))]
    [InlineData("B1 01 A0", typeof(HelloMessage))]
    [InlineData("B1 6A A0", typeof(LogonMessage))]
    [InlineData("B1 11 A0", typeof(BeginMessage))]
    [InlineData("B1 70 A0", typeof(SuccessMessage))]
    [InlineData("B1 7F A0", typeof(FailureMessage))]
    [InlineData("B1 71 90", typeof(RecordMessage))]
    [InlineData("B3 66 A0 90 A0", typeof(RouteMessage))]
    public void Read_EverySignature(string hex, Type type)
    {
        var message = Read(hex);
        Assert.IsType(type, message);
        Assert.Equal(hex, Bytes(message));
    }

    [Fact]
    public void Read_UnknownSignature_WrongFieldCount_TrailingBytes_AreProtocolErrors()
    {
        Assert.Contains(
            "Unknown message signature 0x0E",
            Assert.Throws<BoltProtocolException>(() => Read("B0 0E")).Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "RUN has 3 field(s)",
            Assert.Throws<BoltProtocolException>(() => Read("B1 10 80")).Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "RESET has 0 field(s)",
            Assert.Throws<BoltProtocolException>(() => Read("B1 0F 01")).Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "trailing",
            Assert.Throws<BoltProtocolException>(() => Read("B0 0F 00")).Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "must be a structure",
            Assert.Throws<BoltProtocolException>(() => Read("01")).Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "Malformed message",
            Assert.Throws<BoltProtocolException>(() => Read("B3 10 88 52")).Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Logon_TextNeverShowsCredentials()
    {
        var logon = new LogonMessage(ServerHarness.Map(("scheme", "basic"), ("credentials", "hunter2")));
        Assert.Equal("LOGON", logon.ToString());
    }

    [Fact]
    public void Route_43Form_DatabaseAsString_IsAccepted()
    {
        var route = Assert.IsType<RouteMessage>(Read("B3 66 A0 90 85 6E 65 6F 34 6A"));
        Assert.Equal("neo4j", ((CypherString)route.Extra["db"]).Value);
    }

    [Fact]
    public void TransactionSettings_RoundTrip()
    {
        var settings = new TransactionSettings
        {
            Bookmarks = ["FB:1"],
            Timeout = TimeSpan.FromSeconds(2),
            AccessMode = Graph.Database.AccessMode.Read,
            Database = "neo4j",
            Metadata = new Dictionary<string, CypherValue> { ["app"] = "x" },
        };
        var back = TransactionSettings.Parse(settings.ToExtra(), "BEGIN");
        Assert.Equal(settings.Bookmarks, back.Bookmarks);
        Assert.Equal(settings.Timeout, back.Timeout);
        Assert.Equal(settings.AccessMode, back.AccessMode);
        Assert.Equal("neo4j", back.Database);
        Assert.Equal(new CypherMap(settings.Metadata), back.Metadata);
        Assert.Equal(2000L, ((CypherInteger)settings.ToExtra()["tx_timeout"]).Value);
    }
}
