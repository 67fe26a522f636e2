using System.Globalization;

namespace EconSecGraph.Seed.Model;

/// <summary>A place in a graph-seed file: path relative to the folder, 1-based line and column.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}");
}
