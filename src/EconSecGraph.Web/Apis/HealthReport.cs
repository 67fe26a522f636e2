namespace EconSecGraph.Web.Apis;

/// <param name="Status"><c>ok</c> or <c>unavailable</c> (the graph backend).</param>
/// <param name="Backend">The configured backend.</param>
/// <param name="Agent">The backend's agent string when it answered.</param>
/// <param name="Seed">What the seed load did.</param>
/// <param name="Bolt">The Bolt listener (does not change <paramref name="Status"/>: HTTP works without it).</param>
/// <param name="Error">Why the backend is unavailable.</param>
public sealed record HealthReport(
    string Status,
    string Backend,
    string? Agent,
    string Seed,
    BoltHealth Bolt,
    string? Error = null
);
