namespace EconSecGraph.Storage.FullText;

/// <summary>A tokenizer output before filters: text, character offsets and whether it is CJK script.</summary>
internal readonly record struct RawToken(string Text, int Start, int End, bool Cjk);
