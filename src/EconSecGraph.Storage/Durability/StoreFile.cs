namespace EconSecGraph.Storage.Durability;

/// <summary>A numbered store file (journal or checkpoint) and its path.</summary>
/// <remarks>A class rather than a tuple: lists of reference types share precompiled code; a list of a tuple with a number in it is JIT-compiled at every start.</remarks>
internal sealed record StoreFile(long Number, string Path);
