namespace EconSecGraph.Web.Models;

/// <summary>A source document (article, book, the chronicle) that states a fact: the evidence list's rows.</summary>
public sealed record SourceItem(
    string Key,
    string Kind,
    string Title,
    string? TitleEn,
    string? Publisher,
    string? PublisherEn,
    string? Date,
    string? Url,
    string? Access,
    string? Relation = null
);
