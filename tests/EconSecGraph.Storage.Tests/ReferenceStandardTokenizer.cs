using System.Text;
using EconSecGraph.Storage.FullText;

namespace EconSecGraph.Storage.Tests;

/// <summary>
/// The standard tokenizer as it was before its span rewrite (rune by rune, a list of tuples), kept as
/// the reference the fast one must match token for token.
/// </summary>
internal static class ReferenceStandardTokenizer
{
    public static List<RawToken> Tokenize(string text)
    {
        var into = new List<RawToken>();
        var runes = new List<(Rune Rune, int Index, CharClass Class)>();
        for (var i = 0; i < text.Length; )
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) != System.Buffers.OperationStatus.Done)
            {
                rune = Rune.ReplacementChar;
                used = 1;
            }
            runes.Add((rune, i, CharClasses.Of(rune)));
            i += used;
        }
        var n = runes.Count;
        var p = 0;
        while (p < n)
        {
            var c = runes[p].Class;
            if (c is CharClass.Han or CharClass.Hiragana)
            {
                Emit(text, runes, p, p + 1, true, into);
                p++;
                while (p < n && runes[p].Class == CharClass.Mark)
                {
                    p++;
                }
                continue;
            }
            if (c is CharClass.Katakana or CharClass.Hangul)
            {
                var s = p;
                while (p < n && (runes[p].Class == c || runes[p].Class == CharClass.Mark))
                {
                    p++;
                }
                Emit(text, runes, s, p, true, into);
                continue;
            }
            if (c is CharClass.Letter or CharClass.Digit or CharClass.ExtendNumLet)
            {
                var s = p;
                p++;
                while (p < n)
                {
                    var k = runes[p].Class;
                    if (k is CharClass.Letter or CharClass.Digit or CharClass.ExtendNumLet or CharClass.Mark)
                    {
                        p++;
                        continue;
                    }
                    if (k is CharClass.MidLetter or CharClass.MidNum or CharClass.MidNumLet && p + 1 < n)
                    {
                        var before = runes[p - 1].Class;
                        var after = runes[p + 1].Class;
                        var letters = before == CharClass.Letter && after == CharClass.Letter && k != CharClass.MidNum;
                        var digits = before == CharClass.Digit && after == CharClass.Digit && k != CharClass.MidLetter;
                        if (letters || digits)
                        {
                            p += 2;
                            continue;
                        }
                    }
                    break;
                }
                Emit(text, runes, s, p, false, into);
                continue;
            }
            p++;
        }
        return into;
    }

    private static void Emit(
        string text,
        List<(Rune Rune, int Index, CharClass Class)> runes,
        int from,
        int to,
        bool cjk,
        List<RawToken> into
    )
    {
        var start = runes[from].Index;
        var end = to < runes.Count ? runes[to].Index : text.Length;
        into.Add(new RawToken(start, end, Math.Min(end - start, StandardTokenizer.MaxTokenLength), cjk));
    }
}
