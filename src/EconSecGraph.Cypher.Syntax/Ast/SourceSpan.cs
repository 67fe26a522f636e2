namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>A range of the query text: <see cref="Start"/> inclusive, <see cref="End"/> exclusive (UTF-16 offsets).</summary>
public readonly record struct SourceSpan(int Start, int End)
{
    public int Length => End - Start;

    /// <summary>The text this span covers in <paramref name="text"/>.</summary>
    public string GetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, End - Start);
    }

    /// <summary>The smallest span covering both spans.</summary>
    public SourceSpan Cover(SourceSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));
}
