using System.Buffers;
using System.IO.Pipelines;
using System.Net.Sockets;
using EconSecGraph.Bolt.Framing;
using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.Messages;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Bolt.Client;

/// <summary>
/// One client connection to a Bolt server: handshake, HELLO/LOGON, and pipelined requests. Every
/// request expects exactly one summary response (SUCCESS, FAILURE or IGNORED), so the connection
/// counts what is still outstanding and can drain and RESET before it is reused.
/// </summary>
internal sealed partial class BoltClientConnection : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly PipeReader _input;
    private readonly PipeWriter _output;
    private readonly ArrayBufferWriter<byte> _scratch = new(1024);
    private readonly ChunkReader _chunks = new(int.MaxValue);
    private int _outstanding;
    private bool _disposed;

    private BoltClientConnection(ServerAddress address, Stream stream)
    {
        Address = address;
        _stream = stream;
        _input = PipeReader.Create(stream);
        _output = PipeWriter.Create(stream);
        CreatedAt = DateTime.UtcNow;
    }

    public ServerAddress Address { get; }

    public DateTime CreatedAt { get; }

    public BoltVersion Version { get; private set; }

    public BoltValueFormat Format { get; private set; } = BoltValueFormat.V5;

    public string ServerAgent { get; private set; } = string.Empty;

    public string? ConnectionId { get; private set; }

    /// <summary>The connection can no longer be used (I/O failed, cancelled mid-exchange, protocol broken).</summary>
    public bool IsBroken { get; private set; }

    /// <summary>A FAILURE was received; RESET must run before the next request.</summary>
    public bool NeedsReset { get; private set; }

    public bool HasOutstanding => _outstanding > 0;

    /// <summary>Queues a request; <see cref="FlushAsync"/> sends what is queued.</summary>
    public void Enqueue(BoltMessage message)
    {
        _scratch.ResetWrittenCount();
        MessageCodec.Write(_scratch, message, Format);
        ChunkWriter.WriteMessage(_output, _scratch.WrittenSpan);
        if (message is not GoodbyeMessage)
        {
            _outstanding++;
        }
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _output.FlushAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            IsBroken = true;
            throw ClientErrors.ConnectionLost(Address, ex);
        }
        catch (OperationCanceledException)
        {
            IsBroken = true;
            throw;
        }
    }

    /// <summary>The next response; a closed or failing socket becomes a transient ServiceUnavailable error.</summary>
    public async ValueTask<BoltMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var result = await _input.ReadAsync(cancellationToken);
                var buffer = result.Buffer;
                if (_chunks.TryReadMessage(ref buffer, out var bytes))
                {
                    BoltMessage message;
                    try
                    {
                        message = MessageCodec.Read(bytes.Span, Format);
                    }
                    finally
                    {
                        _chunks.Reset();
                        _input.AdvanceTo(buffer.Start, buffer.Start);
                    }
                    if (message is SuccessMessage or FailureMessage or IgnoredMessage)
                    {
                        _outstanding--;
                    }
                    if (message is FailureMessage)
                    {
                        NeedsReset = true;
                    }
                    return message;
                }
                _input.AdvanceTo(buffer.Start, buffer.End);
                if (result.IsCompleted)
                {
                    throw new EndOfStreamException("the server closed the connection");
                }
            }
        }
        catch (Exception ex)
            when (ex is IOException or SocketException or ObjectDisposedException or EndOfStreamException)
        {
            IsBroken = true;
            throw ClientErrors.ConnectionLost(Address, ex);
        }
        catch (BoltProtocolException ex)
        {
            IsBroken = true;
            throw ClientErrors.Protocol(Address, ex.Message, ex);
        }
        catch (OperationCanceledException)
        {
            IsBroken = true; // the response is half read: the connection cannot be trusted any more
            throw;
        }
    }

    /// <summary>Reads one summary response: SUCCESS is returned, FAILURE thrown (as the server's error), IGNORED thrown.</summary>
    public async ValueTask<SuccessMessage> ExpectSuccessAsync(CancellationToken cancellationToken)
    {
        var message = await ReceiveAsync(cancellationToken);
        return message switch
        {
            SuccessMessage success => success,
            FailureMessage failure => throw ErrorMapping.FromFailure(failure.Metadata),
            IgnoredMessage => throw new CypherException(
                Neo4jStatusCodes.RequestInvalid,
                "The server ignored the request because an earlier one on this connection failed."
            ),
            _ => throw Unexpected(message),
        };
    }

    /// <summary>Drains outstanding responses and, after a FAILURE, sends RESET so the connection can be reused.</summary>
    public async Task MakeReadyAsync(CancellationToken cancellationToken)
    {
        if (IsBroken)
        {
            return;
        }
        if (NeedsReset || _outstanding > 0)
        {
            Enqueue(ResetMessage.Instance);
            await FlushAsync(cancellationToken);
            BoltMessage last = IgnoredMessage.Instance;
            while (_outstanding > 0)
            {
                last = await ReceiveAsync(cancellationToken);
            }
            if (last is not SuccessMessage)
            {
                IsBroken = true;
                return;
            }
            NeedsReset = false;
        }
    }

    public CypherException Unexpected(BoltMessage message)
    {
        IsBroken = true;
        return ClientErrors.Protocol(Address, $"unexpected {message.Name} message.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        try
        {
            if (!IsBroken)
            {
                Enqueue(GoodbyeMessage.Instance);
                using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await _output.FlushAsync(limit.Token);
            }
        }
        catch (Exception ex)
            when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // leaving anyway
        }
        await _input.CompleteAsync();
        await _output.CompleteAsync();
        await _stream.DisposeAsync();
    }
}
