using System.Runtime.CompilerServices;
using System.Text;

namespace EconSecGraph.Storage.FullText;

/// <summary>
/// A full-text analyzer: turns text into positioned terms (for indexing and query terms) and
/// normalises single words (for wildcard and fuzzy terms, which are not tokenized).
/// </summary>
internal sealed class Analyzer
{
    private readonly Tokenization _tokenization;
    private readonly bool _lowercase;
    private readonly bool _widthFold;
    private readonly bool _bigrams;
    private readonly bool _stem;
    private readonly HashSet<string> _stopWords;

    public Analyzer(
        string name,
        string description,
        Tokenization tokenization,
        bool lowercase,
        IReadOnlyCollection<string> stopWords,
        bool widthFold = false,
        bool bigrams = false,
        bool stem = false
    )
    {
        Name = name;
        Description = description;
        _tokenization = tokenization;
        _lowercase = lowercase;
        _widthFold = widthFold;
        _bigrams = bigrams;
        _stem = stem;
        _stopWords = new HashSet<string>(stopWords, StringComparer.Ordinal);
        // Array.Sort, not LINQ's Order: the ordered iterator costs milliseconds on first use at start-up
        var sorted = stopWords.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        StopWords = sorted;
    }

    public enum Tokenization
    {
        Standard,
        Letter,
        Whitespace,
        Keyword,
    }

    public string Name { get; }

    public string Description { get; }

    public IReadOnlyList<string> StopWords { get; }

    [ThreadStatic]
    private static RawTokenList? t_raw;

    /// <summary>
    /// Analyses <paramref name="text"/>, appending terms with positions from <paramref name="firstPosition"/>;
    /// returns the next free position. (Queries and diagnostics: each term becomes a string.)
    /// </summary>
    public int Analyze(string text, List<Token> into, int firstPosition = 0) =>
        Run(text, new TokenCollector(into), firstPosition, exact: true);

    /// <summary>
    /// The indexing path: the same terms and positions as <see cref="Analyze(string, List{Token}, int)"/>,
    /// handed to <paramref name="sink"/> as spans of a buffer (no string per term; the sink interns).
    /// </summary>
    public int Analyze(ReadOnlySpan<char> text, ITermSink sink, int firstPosition = 0) =>
        Run(text, sink, firstPosition, exact: false);

    private sealed class TokenCollector(List<Token> into) : ITermSink
    {
        public void Add(ReadOnlySpan<char> term, int position) => into.Add(new Token(new string(term), position));
    }

    /// <summary>
    /// With <paramref name="exact"/>, terms are made the way queries always made them (whole strings,
    /// bigrams from token strings); without, cut from the text into a buffer — the same terms.
    /// </summary>
    private int Run(ReadOnlySpan<char> text, ITermSink sink, int firstPosition, bool exact)
    {
        if (_widthFold && !IsNfkcStable(text))
        {
            text = FoldWidth(text.ToString());
        }
        var raw = t_raw ??= new RawTokenList();
        raw.Clear();
        switch (_tokenization)
        {
            case Tokenization.Standard:
                StandardTokenizer.Tokenize(text, raw);
                break;
            case Tokenization.Letter:
                Split(text, raw, static c => char.IsLetter(c));
                break;
            case Tokenization.Whitespace:
                Split(text, raw, static c => !char.IsWhiteSpace(c));
                break;
            default:
                if (text.Length > 0)
                {
                    raw.Add(new RawToken(0, text.Length, text.Length, false));
                }
                break;
        }
        var position = firstPosition;
        if (_bigrams)
        {
            return Bigrams(text, raw, sink, position, exact);
        }
        for (var i = 0; i < raw.Count; i++)
        {
            Filter(text, raw[i], sink, position, exact);
            position++;
        }
        return position;
    }

    /// <summary>
    /// True when NFKC leaves <paramref name="text"/> unchanged for certain, checked without calling
    /// the normaliser: printable ASCII, CJK unified ideographs, and hiragana/katakana letters (none of
    /// these decompose, and none composes with a neighbour from this set; a combining mark or any other
    /// character sends the text through the normaliser).
    /// </summary>
    internal static bool IsNfkcStable(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            var stable =
                c
                is >= ' '
                    and <= '~'
                    or >= '\u4e00'
                    and <= '\u9fff'
                    or >= '\u3041'
                    and <= '\u3096'
                    or >= '\u30a1'
                    and <= '\u30fa'
                    or '\u30fc';
            if (!stable)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Normalises a wildcard or fuzzy term (case and width folding only, as Lucene's normalize()).</summary>
    public string Normalize(string term)
    {
        if (_widthFold && !IsNfkcStable(term))
        {
            term = FoldWidth(term);
        }
        return _lowercase ? term.ToLowerInvariant() : term;
    }

    /// <summary>
    /// NFKC of <paramref name="text"/>. A lone surrogate (text cut mid-character, or bad data) makes the
    /// normaliser throw; it becomes U+FFFD instead, so such a value is still indexed and searchable rather
    /// than failing the write that stores it.
    /// </summary>
    internal static string FoldWidth(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            var chars = text.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(chars[i]))
                {
                    chars[i] = '\uFFFD';
                }
            }
            return new string(chars).Normalize(NormalizationForm.FormKC);
        }
    }

    /// <summary>One non-CJK token through the filters (case, stop words, stemming) to the sink.</summary>
    private void Filter(ReadOnlySpan<char> text, RawToken token, ITermSink sink, int position, bool exact)
    {
        var span = text.Slice(token.Start, token.Length);
        if (_stem || exact)
        {
            if (Filter(span.ToString()) is { } term)
            {
                sink.Add(term, position);
            }
            return;
        }
        if (_lowercase && !IsLowerCase(span))
        {
            FilterLowered(span, sink, position);
            return;
        }
        Emit(span, sink, position);
    }

    /// <summary>True when invariant lower-casing leaves <paramref name="span"/> as it is (ASCII without capitals, or caseless script).</summary>
    private static bool IsLowerCase(ReadOnlySpan<char> span) =>
        span.Length == 1 && span[0] is >= '\u4e00' and <= '\u9fff' // a Han ideograph: the commonest CJK token
        || (Ascii.IsValid(span) ? span.IndexOfAnyInRange('A', 'Z') < 0 : IsCaseless(span));

    [SkipLocalsInit]
    private void FilterLowered(ReadOnlySpan<char> span, ITermSink sink, int position)
    {
        Span<char> buffer = span.Length <= 256 ? stackalloc char[256] : new char[span.Length];
        LowerInvariant(span, buffer);
        Emit(buffer[..span.Length], sink, position);
    }

    /// <summary>A filtered term to the sink unless it is empty or a stop word.</summary>
    private void Emit(ReadOnlySpan<char> term, ITermSink sink, int position)
    {
        if (
            term.Length == 0
            || (_stopWords.Count > 0 && _stopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(term))
        )
        {
            return;
        }
        sink.Add(term, position);
    }

    private string? Filter(string text)
    {
        var term = _lowercase ? text.ToLowerInvariant() : text;
        if (_stem && term.EndsWith("'s", StringComparison.Ordinal))
        {
            term = term[..^2];
        }
        if (_stopWords.Contains(term))
        {
            return null;
        }
        if (_stem)
        {
            term = PorterStemmer.Stem(term);
        }
        return term.Length == 0 ? null : term;
    }

    [ThreadStatic]
    private static List<int>? t_bounds;

    /// <summary>Lucene's CJKBigramFilter: adjacent CJK characters become overlapping bigrams; a lone one stays a unigram.</summary>
    private int Bigrams(ReadOnlySpan<char> text, RawTokenList raw, ITermSink sink, int position, bool exact)
    {
        var i = 0;
        while (i < raw.Count)
        {
            if (!raw[i].Cjk)
            {
                Filter(text, raw[i], sink, position, exact);
                position++;
                i++;
                continue;
            }
            var runStart = i;
            var end = raw[i].Start;
            var whole = true;
            while (i < raw.Count && raw[i].Cjk && raw[i].Start == end)
            {
                whole &= raw[i].Length == raw[i].End - raw[i].Start;
                end = raw[i].End;
                i++;
            }
            position =
                !exact && whole
                    ? BigramsOfSpan(text, raw[runStart].Start, end, sink, position)
                    : BigramsOfTokens(text, raw, runStart, i, sink, position);
        }
        return position;
    }

    /// <summary>The bigrams of one CJK run cut straight from the text (its tokens are adjacent and whole).</summary>
    private int BigramsOfSpan(ReadOnlySpan<char> text, int start, int end, ITermSink sink, int position)
    {
        // character boundaries: a non-spacing mark stays with the character before it
        var bounds = t_bounds ??= [];
        bounds.Clear();
        var i = start;
        while (i < end)
        {
            if (Rune.DecodeFromUtf16(text[i..end], out var rune, out var used) != System.Buffers.OperationStatus.Done)
            {
                rune = Rune.ReplacementChar;
                used = 1;
            }
            if (
                bounds.Count == 0
                || Rune.GetUnicodeCategory(rune) is not System.Globalization.UnicodeCategory.NonSpacingMark
            )
            {
                bounds.Add(i);
            }
            i += used;
        }
        bounds.Add(end);
        var chars = bounds.Count - 1;
        if (chars == 1)
        {
            Cut(text, bounds[0], bounds[1], sink, position++);
            return position;
        }
        for (var k = 0; k + 1 < chars; k++)
        {
            Cut(text, bounds[k], bounds[k + 2], sink, position++);
        }
        return position;
    }

    [SkipLocalsInit]
    private void Cut(ReadOnlySpan<char> text, int from, int to, ITermSink sink, int position)
    {
        var span = text[from..to];
        if (!_lowercase || IsCaseless(span))
        {
            sink.Add(span, position);
            return;
        }
        Span<char> buffer = span.Length <= 256 ? stackalloc char[256] : new char[span.Length];
        buffer = buffer[..span.Length];
        LowerInvariant(span, buffer);
        sink.Add(buffer, position);
    }

    /// <summary>Kana, CJK ideographs and hangul syllables have no case: lower-casing leaves them alone.</summary>
    /// <remarks>Range checks rather than a SearchValues set: building that set over 38,000 characters cost milliseconds at every start, and terms are short.</remarks>
    internal static bool IsCaseless(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            var caseless =
                (uint)(c - '\u3040') <= '\u30ff' - '\u3040'
                || (uint)(c - '\u3400') <= '\u9fff' - '\u3400'
                || (uint)(c - '\uac00') <= '\ud7a3' - '\uac00';
            if (!caseless)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Invariant lower-casing, with ASCII's fast path (the same mapping for ASCII text).</summary>
    private static void LowerInvariant(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (System.Text.Ascii.IsValid(source))
        {
            System.Text.Ascii.ToLower(source, destination, out _);
        }
        else if (IsCaseless(source))
        {
            // single ideographs and kana from the standard tokenizer: no case, and ICU's case mapping is slow
            source.CopyTo(destination);
        }
        else
        {
            source.ToLowerInvariant(destination);
        }
    }

    private int BigramsOfTokens(
        ReadOnlySpan<char> text,
        RawTokenList raw,
        int from,
        int to,
        ITermSink sink,
        int position
    )
    {
        var chars = new List<string>();
        for (var i = from; i < to; i++)
        {
            var token = text.Slice(raw[i].Start, raw[i].Length).ToString();
            chars.AddRange(StringInfoEnumerate(_lowercase ? token.ToLowerInvariant() : token));
        }
        if (chars.Count == 1)
        {
            sink.Add(chars[0], position++);
            return position;
        }
        for (var k = 0; k + 1 < chars.Count; k++)
        {
            sink.Add(chars[k] + chars[k + 1], position++);
        }
        return position;
    }

    private static List<string> StringInfoEnumerate(string text)
    {
        var list = new List<string>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark && list.Count > 0)
            {
                list[^1] += rune.ToString();
                continue;
            }
            list.Add(rune.ToString());
        }
        return list;
    }

    private static void Split(ReadOnlySpan<char> text, RawTokenList into, Func<char, bool> inToken)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !inToken(text[i]))
            {
                i++;
            }
            var s = i;
            while (i < text.Length && inToken(text[i]))
            {
                i++;
            }
            if (i > s)
            {
                into.Add(new RawToken(s, i, Math.Min(i - s, StandardTokenizer.MaxTokenLength), false));
            }
        }
    }
}
