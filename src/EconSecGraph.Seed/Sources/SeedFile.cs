namespace EconSecGraph.Seed.Sources;

/// <summary>One file of a graph-seed folder: its path relative to the folder (with '/') and its text.</summary>
public sealed record SeedFile(string Path, string Content);
