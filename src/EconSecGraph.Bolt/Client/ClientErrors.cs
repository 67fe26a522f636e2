using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Bolt.Client;

/// <summary>
/// Client-side failures as <see cref="CypherException"/>s. Connection loss and routing failures are
/// transient (a retry may reach another server), so managed transactions retry them.
/// </summary>
internal static class ClientErrors
{
    public static CypherException ConnectionLost(ServerAddress address, Exception inner) =>
        new(
            Neo4jStatusCodes.ServiceUnavailable,
            $"The connection to the Neo4j server at {address} was lost or could not be opened ({inner.Message}). "
                + "Check that the server runs and is reachable; managed transactions retry this automatically.",
            inner: inner
        );

    public static CypherException NoServers(string role, string database, Exception? inner = null) =>
        new(
            Neo4jStatusCodes.ServiceUnavailable,
            $"No {role} server is available for database '{database}'; the routing table could not be refreshed"
                + (inner is null ? "." : $" ({inner.Message}).")
                + " Check the cluster's health; managed transactions retry this automatically.",
            inner: inner
        );

    /// <summary>The server we wrote to is no longer the leader (or is read-only): forget it and retry elsewhere.</summary>
    public static CypherException LeaderChanged(ServerAddress address, CypherException inner) =>
        new(
            Neo4jStatusCodes.DatabaseUnavailable,
            $"The server at {address} can no longer accept writes ({inner.Code}: {inner.Message}); the leader has "
                + "changed. The routing table is refreshed; managed transactions retry this automatically.",
            inner: inner
        );

    public static bool IsLeaderChange(CypherException error) =>
        error.Code is Neo4jStatusCodes.NotALeader or "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase";

    public static CypherException Protocol(ServerAddress address, string message, Exception? inner = null) =>
        new(
            Neo4jStatusCodes.RequestInvalid,
            $"The server at {address} broke the Bolt protocol: {message}",
            inner: inner
        );
}
