namespace EconSecGraph.Storage.FullText;

/// <summary>
/// A tokenizer output before filters: where it sits in the analysed text (characters
/// <see cref="Start"/> to <see cref="End"/>, of which the first <see cref="Length"/> are the token,
/// capped at the maximum token length) and whether it is CJK script. The text is cut out only when needed.
/// </summary>
internal readonly record struct RawToken(int Start, int End, int Length, bool Cjk);
