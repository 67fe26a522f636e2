namespace EconSecGraph.Web.Apis;

public sealed record HealthReport(string Status, string Backend, string? Agent, string Seed, string? Error = null);
