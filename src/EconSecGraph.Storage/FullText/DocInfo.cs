namespace EconSecGraph.Storage.FullText;

/// <summary>One indexed entity: tokens per field (for BM25 length norms) and its distinct terms (for removal). A value: no object per document.</summary>
internal readonly record struct DocInfo(int[] FieldLengths, string[] Terms);
