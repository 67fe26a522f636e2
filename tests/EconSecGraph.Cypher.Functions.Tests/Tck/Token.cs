namespace EconSecGraph.Cypher.Functions.Tests.Tck;

/// <summary>Tokens of the tiny Cypher subset the TCK table runner evaluates.</summary>
internal sealed record Token(string Kind, string Text, object? Value = null)
{
    public bool Is(string text) =>
        Kind is "sym" or "kw" && string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);

    public bool IsWord(string word) => Kind == "id" && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);
}
