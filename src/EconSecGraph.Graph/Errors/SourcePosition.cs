using System.Globalization;

namespace EconSecGraph.Graph.Errors;

/// <summary>A place in query text: 0-based offset, 1-based line and column (Neo4j's InputPosition).</summary>
public readonly record struct SourcePosition(int Offset, int Line, int Column)
{
    /// <summary>Neo4j's form: <c>line 1, column 11 (offset: 10)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"line {Line}, column {Column} (offset: {Offset})");

    /// <summary>Computes line and column for <paramref name="offset"/> in <paramref name="text"/>.</summary>
    public static SourcePosition At(string text, int offset)
    {
        ArgumentNullException.ThrowIfNull(text);
        offset = Math.Clamp(offset, 0, text.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(offset, line, offset - lineStart + 1);
    }
}
