using EconSecGraph.Bolt.Framing;
using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.Messages;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Server;

public sealed partial class BoltServerConnection
{
    /// <summary>
    /// Decodes messages as they arrive and queues them. A RESET is counted and interrupts the running
    /// work at once. Malformed or oversized input queues a protocol error and stops reading.
    /// </summary>
    private async Task ReadLoopAsync(CancellationToken cancellationToken)
    {
        var input = _transport.Input;
        var chunks = new ChunkReader(_options.MaxMessageSize);
        var partial = false;
        try
        {
            while (true)
            {
                var timeout =
                    !_authenticated ? _options.HandshakeTimeout
                    : partial || chunks.InMessage ? _options.MessageTimeout
                    : _options.IdleTimeout;
                var read = await ReadWithTimeoutAsync(input, timeout, cancellationToken);
                if (read is null)
                {
                    if (
                        _busy
                        || (
                            _authenticated
                            && _state is not (BoltServerState.Ready or BoltServerState.Failed)
                            && !partial
                            && !chunks.InMessage
                        )
                    )
                    {
                        continue; // the client waits for us (or for its own transaction), not the other way round
                    }
                    LogProtocolViolation(_logger, _connectionId, "the client went silent; closing");
                    InterruptOperation();
                    _inbox.Writer.TryWrite(new Inbound(null, null));
                    return;
                }
                var result = read.Value;
                var buffer = result.Buffer;
                try
                {
                    while (chunks.TryReadMessage(ref buffer, out var bytes))
                    {
                        BoltMessage message;
                        try
                        {
                            message = MessageCodec.Read(bytes.Span, _format);
                        }
                        finally
                        {
                            chunks.Reset();
                        }
                        Accept(message);
                        if (message is GoodbyeMessage)
                        {
                            return;
                        }
                    }
                }
                finally
                {
                    partial = !buffer.IsEmpty;
                    input.AdvanceTo(buffer.Start, buffer.End);
                }
                if (result.IsCompleted)
                {
                    InterruptOperation(); // nobody is listening any more: stop the running work
                    _inbox.Writer.TryWrite(new Inbound(null, null));
                    return;
                }
            }
        }
        catch (BoltProtocolException ex)
        {
            InterruptOperation();
            _inbox.Writer.TryWrite(new Inbound(null, ex));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // stopping
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException)
        {
            InterruptOperation();
            _inbox.Writer.TryWrite(new Inbound(null, null));
        }
        finally
        {
            _inbox.Writer.TryComplete();
        }
    }

    private void Accept(BoltMessage message)
    {
        switch (message)
        {
            case ResetMessage:
                Interlocked.Increment(ref _pendingResets);
                InterruptOperation();
                break;
            case HelloMessage hello when _version.Major == 4 && RequestsUtcPatch(hello.Extra):
                // decided here, not in the executor, so pipelined messages after HELLO decode right
                _format = BoltValueFormat.V4Utc;
                break;
        }
        _inbox.Writer.TryWrite(new Inbound(message, null));
    }

    private static bool RequestsUtcPatch(CypherMap extra) =>
        extra.GetOrNull("patch_bolt") is CypherList patches && patches.Any(p => p is CypherString { Value: "utc" });
}
