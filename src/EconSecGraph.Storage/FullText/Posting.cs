namespace EconSecGraph.Storage.FullText;

/// <summary>Where a term occurs: the entity, the field (index property position) and the term positions.</summary>
internal readonly record struct Posting(long Doc, int Field, int[] Positions);
