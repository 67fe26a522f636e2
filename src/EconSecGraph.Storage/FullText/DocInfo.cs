namespace EconSecGraph.Storage.FullText;

/// <summary>One indexed entity: tokens per field (for BM25 length norms) and its distinct terms (for removal).</summary>
internal sealed record DocInfo(int[] FieldLengths, string[] Terms);
