using System.Security.Cryptography;
using System.Text;
using EconSecGraph.Bolt.Messages;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Server;

public sealed partial class BoltServerConnection
{
    private bool HandleHello(HelloMessage hello)
    {
        if (!_version.HasLogon && !Authenticate(hello.Extra))
        {
            return false;
        }
        var hints = new Dictionary<string, CypherValue>(StringComparer.Ordinal);
        if (_version.HasTelemetry && _options.Telemetry)
        {
            hints["telemetry.enabled"] = true;
        }
        var metadata = new Dictionary<string, CypherValue>(StringComparer.Ordinal)
        {
            ["server"] = _options.ServerAgent,
            ["connection_id"] = _connectionId,
            ["hints"] = CypherMap.Wrap(hints),
        };
        if (_manifest)
        {
            metadata["protocol_version"] = _version.ToString();
        }
        if (_version.Major == 4 && _format.UtcDateTime)
        {
            metadata["patch_bolt"] = MessageFields.Strings(["utc"]);
        }
        Send(new SuccessMessage(CypherMap.Wrap(metadata)));
        if (_version.HasLogon)
        {
            _state = BoltServerState.Authentication;
        }
        else
        {
            _authenticated = true;
            _state = BoltServerState.Ready;
        }
        return true;
    }

    private bool HandleLogon(LogonMessage logon)
    {
        if (!Authenticate(logon.Auth))
        {
            return false;
        }
        _authenticated = true;
        _state = BoltServerState.Ready;
        Send(new SuccessMessage(CypherMap.Empty));
        return true;
    }

    private void HandleLogoff()
    {
        _authenticated = false;
        _state = BoltServerState.Authentication;
        Send(new SuccessMessage(CypherMap.Empty));
    }

    /// <summary>Checks the basic-scheme credentials; on failure sends FAILURE (the caller closes).</summary>
    private bool Authenticate(CypherMap auth)
    {
        if (!_options.RequiresAuthentication)
        {
            return true; // loopback-only server without credentials: any scheme is accepted
        }
        var scheme = (auth.GetOrNull("scheme") as CypherString)?.Value;
        var principal = (auth.GetOrNull("principal") as CypherString)?.Value ?? string.Empty;
        var credentials = (auth.GetOrNull("credentials") as CypherString)?.Value ?? string.Empty;
        var ok =
            string.Equals(scheme, "basic", StringComparison.Ordinal)
            & FixedTimeEquals(principal, _options.Username ?? string.Empty)
            & FixedTimeEquals(credentials, _options.Password ?? string.Empty);
        if (ok)
        {
            return true;
        }
        var error = new CypherException(
            Neo4jStatusCodes.Unauthorized,
            string.Equals(scheme, "basic", StringComparison.Ordinal)
                ? "The client is unauthorized due to authentication failure."
                : $"Unsupported authentication scheme '{scheme ?? "none"}'; this server requires basic authentication (user name and password)."
        );
        Send(ErrorMapping.ToFailure(error, _version));
        LogProtocolViolation(_logger, _connectionId, "authentication failed");
        _state = BoltServerState.Defunct;
        return false;
    }

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(a)),
            SHA256.HashData(Encoding.UTF8.GetBytes(b))
        );
}
