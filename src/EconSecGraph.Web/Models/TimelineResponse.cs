namespace EconSecGraph.Web.Models;

public sealed record TimelineResponse(
    string? From,
    string? To,
    int Total,
    IReadOnlyList<TimelineItem> Items,
    bool Truncated
);
