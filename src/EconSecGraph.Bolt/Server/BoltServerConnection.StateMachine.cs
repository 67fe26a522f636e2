using EconSecGraph.Bolt.Framing;
using EconSecGraph.Bolt.Messages;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Bolt.Server;

public sealed partial class BoltServerConnection
{
    /// <summary>Handles one message; false closes the connection.</summary>
    private async Task<bool> HandleAsync(BoltMessage message, CancellationToken cancellationToken)
    {
        if (message is ResetMessage)
        {
            Interlocked.Decrement(ref _pendingResets);
            return await HandleResetAsync();
        }
        if (message is GoodbyeMessage)
        {
            _state = BoltServerState.Defunct;
            return false;
        }
        if (Volatile.Read(ref _pendingResets) > 0 && _authenticated)
        {
            // INTERRUPTED: everything queued before the RESET is not executed
            Send(IgnoredMessage.Instance);
            return true;
        }
        try
        {
            return _state switch
            {
                BoltServerState.Negotiation => message is HelloMessage hello
                    ? HandleHello(hello)
                    : Violation(message, "HELLO"),
                BoltServerState.Authentication => message is LogonMessage logon
                    ? HandleLogon(logon)
                    : Violation(message, "LOGON"),
                BoltServerState.Failed => HandleFailed(message),
                BoltServerState.Ready => await HandleReadyAsync(message),
                BoltServerState.Streaming => await HandleStreamingAsync(message),
                BoltServerState.TxReady or BoltServerState.TxStreaming => await HandleTransactionAsync(message),
                _ => false,
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // interrupted by RESET: the work is abandoned and not reported
            await CloseWorkAsync();
            Send(IgnoredMessage.Instance);
            return true;
        }
        catch (CypherException ex)
        {
            await FailAsync(ex);
            return true;
        }
        catch (BoltProtocolException ex)
        {
            // a well-framed message with bad content: report it and go to FAILED
            await FailAsync(new CypherException(Neo4jStatusCodes.RequestInvalid, ex.Message));
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogEngineBug(_logger, _connectionId, ex);
            await FailAsync(
                new CypherException(Neo4jStatusCodes.UnknownError, "An unexpected error occurred: " + ex.Message)
            );
            return true;
        }
    }

    private async Task<bool> HandleResetAsync()
    {
        if (!_authenticated)
        {
            return Violation(ResetMessage.Instance, _state == BoltServerState.Negotiation ? "HELLO" : "LOGON");
        }
        await CloseWorkAsync();
        RenewOperation();
        _state = BoltServerState.Ready;
        Send(new SuccessMessage(Graph.Values.CypherMap.Empty));
        return true;
    }

    private bool HandleFailed(BoltMessage message)
    {
        switch (message)
        {
            case RunMessage
            or PullMessage
            or DiscardMessage
            or BeginMessage
            or CommitMessage
            or RollbackMessage
            or RouteMessage
            or LogoffMessage
            or TelemetryMessage:
                Send(IgnoredMessage.Instance);
                return true;
            default:
                return Violation(message, "RESET");
        }
    }

    /// <summary>A message the current state does not allow: FAILURE, then the connection closes.</summary>
    private bool Violation(BoltMessage message, string expected)
    {
        var error = new CypherException(
            Neo4jStatusCodes.RequestInvalid,
            $"Message {message.Name} cannot be handled by a connection in the {StateName(_state)} state; expected {expected}."
        );
        Send(ErrorMapping.ToFailure(error, _version));
        LogProtocolViolation(_logger, _connectionId, error.Message);
        _state = BoltServerState.Defunct;
        return false;
    }

    /// <summary>Reports <paramref name="error"/>, abandons the work (rolling back), and enters FAILED.</summary>
    private async Task FailAsync(CypherException error)
    {
        await CloseWorkAsync();
        Send(ErrorMapping.ToFailure(error, _version));
        _state = BoltServerState.Failed;
    }

    private static string StateName(BoltServerState state) =>
        state switch
        {
            BoltServerState.Negotiation => "NEGOTIATION",
            BoltServerState.Authentication => "AUTHENTICATION",
            BoltServerState.Ready => "READY",
            BoltServerState.Streaming => "STREAMING",
            BoltServerState.TxReady => "TX_READY",
            BoltServerState.TxStreaming => "TX_STREAMING",
            BoltServerState.Failed => "FAILED",
            _ => "DEFUNCT",
        };
}
