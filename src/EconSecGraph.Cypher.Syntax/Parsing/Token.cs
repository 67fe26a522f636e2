namespace EconSecGraph.Cypher.Syntax.Parsing;

/// <summary>
/// One token: its kind, its span in the query, and for identifiers and strings the resolved text
/// (backticks and escapes removed). Numbers keep their raw text; the parser converts and range-checks them.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, string? Text)
{
    public bool IsWord => Kind == TokenKind.Identifier;

    /// <summary>True for an unquoted identifier equal to <paramref name="keyword"/> ignoring case.</summary>
    public bool IsKeyword(string keyword) =>
        Kind == TokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);
}
