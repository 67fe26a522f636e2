using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using EconSecGraph.Bolt.Framing;
using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.Messages;
using EconSecGraph.Bolt.Server;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Values;
using Microsoft.Extensions.Logging.Abstractions;

namespace EconSecGraph.Bolt.Tests.Support;

/// <summary>A <see cref="BoltServerConnection"/> over in-memory pipes, with a raw client end for byte-level tests.</summary>
public sealed class ServerHarness : IAsyncDisposable
{
    /// <summary>Guards against hangs only; no test asserts on time.</summary>
    private static readonly TimeSpan s_hang = TimeSpan.FromSeconds(20);

    private readonly Pipe _toServer = new();
    private readonly Pipe _toClient = new();
    private readonly BoltServerConnection _connection;
    private readonly ChunkReader _chunks = new(64 * 1024 * 1024);

    public ServerHarness(IGraphDatabase database, BoltServerOptions? options = null)
    {
        Options = options ?? new BoltServerOptions();
        _connection = new BoltServerConnection(
            new DuplexPipe(_toServer.Reader, _toClient.Writer),
            database,
            Options,
            NullLogger.Instance,
            "bolt-test",
            "127.0.0.1:7687"
        );
        Running = _connection.RunAsync();
    }

    public BoltServerOptions Options { get; }

    public Task Running { get; }

    public BoltValueFormat Format { get; set; } = BoltValueFormat.V5;

    public BoltServerConnection Connection => _connection;

    public async Task SendRawAsync(params byte[] bytes)
    {
        await _toServer.Writer.WriteAsync(bytes);
    }

    public async Task CloseClientAsync() => await _toServer.Writer.CompleteAsync();

    /// <summary>Reads exactly <paramref name="count"/> bytes, or fewer when the server closed.</summary>
    public async Task<byte[]> ReadRawAsync(int count)
    {
        using var cts = new CancellationTokenSource(s_hang);
        while (true)
        {
            var result = await _toClient.Reader.ReadAsync(cts.Token);
            if (result.Buffer.Length >= count || result.IsCompleted)
            {
                var take = (int)Math.Min(count, result.Buffer.Length);
                var bytes = result.Buffer.Slice(0, take).ToArray();
                _toClient.Reader.AdvanceTo(result.Buffer.GetPosition(take));
                return bytes;
            }
            _toClient.Reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }

    /// <summary>Sends a handshake with the given proposals; returns the server's 4-byte answer.</summary>
    public async Task<uint> HandshakeAsync(params uint[] proposals)
    {
        var bytes = new byte[20];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, Handshake.Magic);
        for (var i = 0; i < proposals.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(4 + (4 * i)), proposals[i]);
        }
        await SendRawAsync(bytes);
        var answer = await ReadRawAsync(4);
        return answer.Length == 4 ? BinaryPrimitives.ReadUInt32BigEndian(answer) : uint.MaxValue;
    }

    public async Task SendAsync(params BoltMessage[] messages)
    {
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var message in messages)
        {
            ChunkWriter.WriteMessage(buffer, MessageCodec.Serialize(message, Format));
        }
        await _toServer.Writer.WriteAsync(buffer.WrittenMemory);
    }

    /// <summary>The next message from the server, or null when it closed the connection.</summary>
    public async Task<BoltMessage?> ReceiveAsync()
    {
        using var cts = new CancellationTokenSource(s_hang);
        while (true)
        {
            var result = await _toClient.Reader.ReadAsync(cts.Token);
            var buffer = result.Buffer;
            if (_chunks.TryReadMessage(ref buffer, out var bytes))
            {
                var message = MessageCodec.Read(bytes.Span, Format);
                _chunks.Reset();
                _toClient.Reader.AdvanceTo(buffer.Start);
                return message;
            }
            _toClient.Reader.AdvanceTo(buffer.Start, buffer.End);
            if (result.IsCompleted)
            {
                return null;
            }
        }
    }

    public async Task<T> ReceiveAsync<T>()
        where T : BoltMessage
    {
        var message = await ReceiveAsync();
        return message switch
        {
            T typed => typed,
            FailureMessage f => throw new Xunit.Sdk.XunitException(
                $"Expected {typeof(T).Name} but got FAILURE {f.Metadata}"
            ),
            _ => throw new Xunit.Sdk.XunitException(
                $"Expected {typeof(T).Name} but got {message?.Name ?? "connection closed"}"
            ),
        };
    }

    /// <summary>Handshake at 5.8 (legacy form), HELLO and LOGON; returns HELLO's SUCCESS.</summary>
    public async Task<SuccessMessage> ConnectAsync(string user = "neo4j", string password = "secret")
    {
        var version = await HandshakeAsync(0x00080805);
        Assert.Equal(0x00000805u, version);
        await SendAsync(
            new HelloMessage(Map(("user_agent", "test/1.0"))),
            new LogonMessage(Map(("scheme", "basic"), ("principal", user), ("credentials", password)))
        );
        var hello = await ReceiveAsync<SuccessMessage>();
        await ReceiveAsync<SuccessMessage>();
        return hello;
    }

    /// <summary>True when the server closed its end (reads complete with no more data).</summary>
    public async Task<bool> ServerClosedAsync()
    {
        while (true)
        {
            var message = await ReceiveAsync();
            if (message is null)
            {
                return true;
            }
        }
    }

    public static CypherMap Map(params (string Key, CypherValue Value)[] entries) =>
        new(entries.Select(e => new KeyValuePair<string, CypherValue>(e.Key, e.Value)));

    public async ValueTask DisposeAsync()
    {
        await _toServer.Writer.CompleteAsync();
        using var cts = new CancellationTokenSource(s_hang);
        await Running.WaitAsync(cts.Token);
        _connection.Dispose();
    }

    private sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }
}
