using System.Text;

namespace EconSecGraph.Storage.FullText;

/// <summary>
/// Word segmentation after Unicode UAX #29 as Lucene's StandardTokenizer applies it: letters and
/// digits form words (joined across <c>'</c>, <c>.</c>, <c>:</c> between letters and <c>.</c>, <c>,</c>
/// between digits, and <c>_</c>); each Han ideograph and each hiragana is a token of its own;
/// katakana and hangul runs are one token each; everything else separates.
/// </summary>
internal static class StandardTokenizer
{
    public const int MaxTokenLength = 255;

    // per code point of the text: its class and where it starts (reused per thread, no allocation per call)
    [ThreadStatic]
    private static CharClass[]? t_classes;

    [ThreadStatic]
    private static int[]? t_starts;

    /// <summary>The classes of ASCII characters, looked up instead of classified.</summary>
    private static readonly CharClass[] s_ascii = AsciiClasses();

    public static void Tokenize(ReadOnlySpan<char> text, RawTokenList into)
    {
        var classes = t_classes;
        var starts = t_starts;
        if (classes is null || classes.Length < text.Length + 1)
        {
            var size = Math.Max(64, text.Length + 1);
            t_classes = classes = new CharClass[size];
            t_starts = starts = new int[size];
        }
        var n = 0;
        for (var i = 0; i < text.Length; )
        {
            var c = text[i];
            starts![n] = i;
            if (c < 128)
            {
                classes[n++] = s_ascii[c];
                i++;
                continue;
            }
            if (!char.IsSurrogate(c))
            {
                classes[n++] = CharClasses.Of(new Rune(c));
                i++;
                continue;
            }
            if (Rune.DecodeFromUtf16(text[i..], out var rune, out var used) != System.Buffers.OperationStatus.Done)
            {
                rune = Rune.ReplacementChar;
                used = 1;
            }
            classes[n++] = CharClasses.Of(rune);
            i += used;
        }
        starts![n] = text.Length;
        Segment(classes, n, starts, into);
    }

    /// <summary>
    /// Cuts the first <paramref name="n"/> classified code points into tokens. Arrays and a count, not spans:
    /// spans of ints and enums are framework generics that ReadyToRun code calls unoptimised until tiering
    /// replaces them, and this runs once per indexed text.
    /// </summary>
    private static void Segment(CharClass[] classes, int n, int[] starts, RawTokenList into)
    {
        var p = 0;
        while (p < n)
        {
            var c = classes[p];
            if (c is CharClass.Han or CharClass.Hiragana)
            {
                Emit(starts, p, p + 1, true, into);
                p++;
                // combining marks (e.g. dakuten) stay with their base
                while (p < n && classes[p] == CharClass.Mark)
                {
                    p++;
                }
                continue;
            }
            if (c is CharClass.Katakana or CharClass.Hangul)
            {
                var s = p;
                while (p < n && (classes[p] == c || classes[p] == CharClass.Mark))
                {
                    p++;
                }
                Emit(starts, s, p, true, into);
                continue;
            }
            if (c is CharClass.Letter or CharClass.Digit or CharClass.ExtendNumLet)
            {
                var s = p;
                p++;
                while (p < n)
                {
                    var k = classes[p];
                    if (k is CharClass.Letter or CharClass.Digit or CharClass.ExtendNumLet or CharClass.Mark)
                    {
                        p++;
                        continue;
                    }
                    if (k is CharClass.MidLetter or CharClass.MidNum or CharClass.MidNumLet && p + 1 < n)
                    {
                        var before = classes[p - 1];
                        var after = classes[p + 1];
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
                Emit(starts, s, p, false, into);
                continue;
            }
            p++;
        }
    }

    /// <summary>Code points <paramref name="from"/> to <paramref name="to"/> as a token (<paramref name="starts"/> ends with the text's length).</summary>
    private static void Emit(int[] starts, int from, int to, bool cjk, RawTokenList into)
    {
        var start = starts[from];
        var end = starts[to];
        into.Add(new RawToken(start, end, Math.Min(end - start, MaxTokenLength), cjk));
    }

    // a loop, not Enumerable.Range(..).Select: LINQ over value types is JIT-compiled at every start
    private static CharClass[] AsciiClasses()
    {
        var classes = new CharClass[128];
        for (var c = 0; c < classes.Length; c++)
        {
            classes[c] = CharClasses.Of(new Rune(c));
        }
        return classes;
    }
}
