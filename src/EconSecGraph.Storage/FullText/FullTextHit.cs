namespace EconSecGraph.Storage.FullText;

/// <summary>One full-text result: the node or relationship id and its BM25 score.</summary>
public readonly record struct FullTextHit(long EntityId, double Score);
