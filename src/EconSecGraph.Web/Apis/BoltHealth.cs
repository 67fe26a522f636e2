using EconSecGraph.Bolt.Server;

namespace EconSecGraph.Web.Apis;

/// <summary>The Bolt listener in <c>/healthz</c>.</summary>
/// <param name="State"><c>disabled</c>, <c>pending</c>, <c>listening</c> or <c>unavailable</c>.</param>
/// <param name="Listen">The configured address (Bolt:Listen) when enabled.</param>
/// <param name="Error">Why an enabled listener is not serving (the port is taken).</param>
public sealed record BoltHealth(string State, string? Listen, string? Error)
{
    public static BoltHealth Of(BoltListenerStatus? status) =>
        status is null ? new("disabled", null, null) : new(status.State, status.Listen, status.Error);
}
