namespace EconSecGraph.Storage.FullText;

/// <summary>An analysed term and its position in the field.</summary>
internal readonly record struct Token(string Term, int Position);
