using System.Buffers;
using System.IO.Pipelines;
using System.Threading.Channels;
using EconSecGraph.Bolt.Framing;
using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.Messages;
using EconSecGraph.Graph.Database;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Logging;

namespace EconSecGraph.Bolt.Server;

/// <summary>
/// One Bolt connection: the handshake, then the server state machine of the specification, over any
/// <see cref="IDuplexPipe"/> (a Kestrel connection or an in-memory pipe in tests). It talks to the
/// engine only through <see cref="IGraphDatabase"/>.
/// </summary>
/// <remarks>
/// A reader loop decodes messages into a queue so that RESET can jump it: the reader counts RESETs and
/// cancels the running work; the executor answers IGNORED to everything before the RESET.
/// </remarks>
public sealed partial class BoltServerConnection : IDisposable
{
    private const int FlushThreshold = 64 * 1024;

    private readonly IDuplexPipe _transport;
    private readonly IGraphDatabase _database;
    private readonly BoltServerOptions _options;
    private readonly ILogger _logger;
    private readonly string _connectionId;
    private readonly string? _localAddress;
    private readonly ArrayBufferWriter<byte> _scratch = new(1024);
    private readonly Channel<Inbound> _inbox = Channel.CreateUnbounded<Inbound>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = true }
    );
    private readonly Lock _operationLock = new();
    private CancellationTokenSource _operation = new();
    private int _pendingResets;
    private volatile bool _busy;
    private volatile bool _authenticated;

    private BoltVersion _version;
    private volatile BoltValueFormat _format = BoltValueFormat.V5;
    private bool _manifest;
    private BoltServerState _state = BoltServerState.Negotiation;

    public BoltServerConnection(
        IDuplexPipe transport,
        IGraphDatabase database,
        BoltServerOptions options,
        ILogger logger,
        string connectionId,
        string? localAddress = null
    )
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _transport = transport;
        _database = database;
        _options = options;
        _logger = logger;
        _connectionId = connectionId;
        _localAddress = localAddress;
    }

    /// <summary>The negotiated version (after the handshake).</summary>
    public BoltVersion Version => _version;

    public BoltServerState State => _state;

    /// <summary>Serves the connection until the client leaves, breaks the protocol or times out.</summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task? reading = null;
        try
        {
            if (!await HandshakeAsync(stop.Token))
            {
                return;
            }
            reading = ReadLoopAsync(stop.Token);
            await ExecuteLoopAsync(stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // the host is stopping or the connection timed out
        }
        catch (BoltProtocolException ex)
        {
            LogProtocolViolation(_logger, _connectionId, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or ConnectionAbortedException or InvalidOperationException)
        {
            LogConnectionError(_logger, _connectionId, ex.Message);
        }
        finally
        {
            await stop.CancelAsync();
            await CloseWorkAsync();
            if (reading is not null)
            {
                await reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            await _transport.Output.CompleteAsync();
            await _transport.Input.CompleteAsync();
        }
    }

    public void Dispose()
    {
        lock (_operationLock)
        {
            _operation.Dispose();
        }
    }

    private async Task ExecuteLoopAsync(CancellationToken cancellationToken)
    {
        var inbox = _inbox.Reader;
        while (await inbox.WaitToReadAsync(cancellationToken))
        {
            while (inbox.TryRead(out var item))
            {
                if (item.Error is not null)
                {
                    SendProtocolFailure(item.Error);
                    await FlushAsync(cancellationToken);
                    return;
                }
                if (item.Message is null)
                {
                    return; // the client closed or went silent
                }
                _busy = true;
                bool keepOpen;
                try
                {
                    keepOpen = await HandleAsync(item.Message, cancellationToken);
                }
                finally
                {
                    _busy = false;
                }
                if (!keepOpen)
                {
                    await FlushAsync(cancellationToken);
                    return;
                }
                if (_transport.Output.UnflushedBytes > FlushThreshold)
                {
                    await FlushAsync(cancellationToken);
                }
            }
            await FlushAsync(cancellationToken);
        }
    }

    private void Send(BoltMessage message)
    {
        _scratch.ResetWrittenCount();
        MessageCodec.Write(_scratch, message, _format);
        ChunkWriter.WriteMessage(_transport.Output, _scratch.WrittenSpan);
    }

    private async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (_transport.Output.UnflushedBytes > 0)
        {
            await _transport.Output.FlushAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Awaits engine work, first flushing what is already answered when the work would block, so that
    /// pipelined responses are not held back behind a slow query.
    /// </summary>
    private async ValueTask<T> WhenReadyAsync<T>(ValueTask<T> pending)
    {
        if (!pending.IsCompleted)
        {
            await FlushAsync(CancellationToken.None);
        }
        return await pending;
    }

    private ValueTask<T> WhenReadyAsync<T>(Task<T> pending) => WhenReadyAsync(new ValueTask<T>(pending));

    private void SendProtocolFailure(Exception error)
    {
        var failure = new Graph.Errors.CypherException(Graph.Errors.Neo4jStatusCodes.RequestInvalid, error.Message);
        Send(ErrorMapping.ToFailure(failure, _version));
        LogProtocolViolation(_logger, _connectionId, error.Message);
    }

    /// <summary>The token for the current piece of work; RESET cancels it.</summary>
    private CancellationToken OperationToken
    {
        get
        {
            lock (_operationLock)
            {
                return _operation.Token;
            }
        }
    }

    private void InterruptOperation()
    {
        lock (_operationLock)
        {
            _operation.Cancel();
        }
    }

    private void RenewOperation()
    {
        lock (_operationLock)
        {
            if (_operation.IsCancellationRequested && Volatile.Read(ref _pendingResets) == 0)
            {
                _operation.Dispose();
                _operation = new CancellationTokenSource();
            }
        }
    }

    /// <summary>An item in the queue between the reader and the executor: a message, a protocol error, or the end.</summary>
    private readonly record struct Inbound(BoltMessage? Message, Exception? Error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bolt {ConnectionId}: protocol violation: {Reason}")]
    private static partial void LogProtocolViolation(ILogger logger, string connectionId, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Bolt {ConnectionId}: connection ended: {Reason}")]
    private static partial void LogConnectionError(ILogger logger, string connectionId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bolt {ConnectionId}: the engine failed unexpectedly")]
    private static partial void LogEngineBug(ILogger logger, string connectionId, Exception error);

    [LoggerMessage(
        Level = LogLevel.Debug,
        Message = "Bolt {ConnectionId}: negotiated {Version} (manifest: {Manifest})"
    )]
    private static partial void LogNegotiated(ILogger logger, string connectionId, BoltVersion version, bool manifest);
}
