namespace EconSecGraph.Web.Models;

/// <summary>
/// A dated thing on the timeline: a node (event, decision, article …) or a dated relationship (a fact),
/// with the date as the source gives it (year, month or day) and, for periods, its end.
/// </summary>
public sealed record TimelineItem(
    string Group,
    string Key,
    string Kind,
    string Name,
    string? NameEn,
    string Date,
    string? DatePrecision,
    string? EndDate,
    string? Status,
    string? Source = null,
    string? Target = null,
    string? SourceName = null,
    string? TargetName = null
);
