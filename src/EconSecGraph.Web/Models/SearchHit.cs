namespace EconSecGraph.Web.Models;

/// <summary>One search result: the entity, which of its names matched and how well.</summary>
public sealed record SearchHit(
    string Key,
    string Name,
    string? NameEn,
    string Kind,
    IReadOnlyList<string> Labels,
    string MatchedField,
    string MatchedText,
    double Score,
    string? Date
);
