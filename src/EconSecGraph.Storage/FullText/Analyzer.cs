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
        StopWords = [.. stopWords.Order(StringComparer.Ordinal)];
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
    private static List<RawToken>? t_raw;

    /// <summary>
    /// Analyses <paramref name="text"/>, appending terms with positions from <paramref name="firstPosition"/>;
    /// returns the next free position. With an <paramref name="interner"/>, terms are cut from the text
    /// into a buffer and only new ones become strings.
    /// </summary>
    public int Analyze(string text, List<Token> into, int firstPosition = 0, ITermInterner? interner = null)
    {
        if (_widthFold && !IsNfkcStable(text))
        {
            text = text.Normalize(NormalizationForm.FormKC);
        }
        var raw = t_raw ??= [];
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
                    raw.Add(new RawToken(text, 0, text.Length, text.Length, false));
                }
                break;
        }
        var position = firstPosition;
        if (_bigrams)
        {
            return Bigrams(raw, into, position, interner);
        }
        foreach (var t in raw)
        {
            var term = Filter(t, interner);
            if (term is not null)
            {
                into.Add(new Token(term, position));
            }
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
    internal static bool IsNfkcStable(string text)
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
            term = term.Normalize(NormalizationForm.FormKC);
        }
        return _lowercase ? term.ToLowerInvariant() : term;
    }

    private string? Filter(RawToken token, ITermInterner? interner)
    {
        if (_stem || interner is null)
        {
            return Filter(token.Text);
        }
        scoped ReadOnlySpan<char> span = token.Span;
        Span<char> buffer = span.Length <= 256 ? stackalloc char[256] : new char[span.Length];
        if (_lowercase)
        {
            LowerInvariant(span, buffer);
            span = buffer[..span.Length];
        }
        if (
            span.Length == 0
            || (_stopWords.Count > 0 && _stopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span))
        )
        {
            return null;
        }
        return interner.Intern(span);
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
    private int Bigrams(List<RawToken> raw, List<Token> into, int position, ITermInterner? interner)
    {
        var i = 0;
        while (i < raw.Count)
        {
            if (!raw[i].Cjk)
            {
                var term = Filter(raw[i], interner);
                if (term is not null)
                {
                    into.Add(new Token(term, position));
                }
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
                interner is not null && whole
                    ? BigramsOfSpan(raw[runStart].Source, raw[runStart].Start, end, into, position, interner)
                    : BigramsOfTokens(raw, runStart, i, into, position);
        }
        return position;
    }

    /// <summary>The bigrams of one CJK run cut straight from the text (its tokens are adjacent and whole).</summary>
    private int BigramsOfSpan(string text, int start, int end, List<Token> into, int position, ITermInterner interner)
    {
        // character boundaries: a non-spacing mark stays with the character before it
        var bounds = t_bounds ??= [];
        bounds.Clear();
        var i = start;
        while (i < end)
        {
            if (
                Rune.DecodeFromUtf16(text.AsSpan(i, end - i), out var rune, out var used)
                != System.Buffers.OperationStatus.Done
            )
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
            into.Add(new Token(Cut(text, bounds[0], bounds[1], interner), position++));
            return position;
        }
        for (var k = 0; k + 1 < chars; k++)
        {
            into.Add(new Token(Cut(text, bounds[k], bounds[k + 2], interner), position++));
        }
        return position;
    }

    private string Cut(string text, int from, int to, ITermInterner interner)
    {
        var span = text.AsSpan(from, to - from);
        if (!_lowercase || IsCaseless(span))
        {
            return interner.Intern(span);
        }
        Span<char> buffer = span.Length <= 256 ? stackalloc char[256] : new char[span.Length];
        buffer = buffer[..span.Length];
        LowerInvariant(span, buffer);
        return interner.Intern(buffer);
    }

    /// <summary>Kana, CJK ideographs and hangul syllables have no case: lower-casing leaves them alone.</summary>
    internal static bool IsCaseless(ReadOnlySpan<char> span) => !span.ContainsAnyExcept(s_caseless);

    private static readonly System.Buffers.SearchValues<char> s_caseless = System.Buffers.SearchValues.Create(
        CaselessChars()
    );

    private static string CaselessChars()
    {
        var sb = new StringBuilder();
        for (var c = '\u3040'; c <= '\u30ff'; c++)
        {
            sb.Append(c);
        }
        for (var c = '\u3400'; c <= '\u9fff'; c++)
        {
            sb.Append(c);
        }
        for (var c = '\uac00'; c <= '\ud7a3'; c++)
        {
            sb.Append(c);
        }
        return sb.ToString();
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

    private int BigramsOfTokens(List<RawToken> raw, int from, int to, List<Token> into, int position)
    {
        var chars = new List<string>();
        for (var i = from; i < to; i++)
        {
            var text = _lowercase ? raw[i].Text.ToLowerInvariant() : raw[i].Text;
            chars.AddRange(StringInfoEnumerate(text));
        }
        if (chars.Count == 1)
        {
            into.Add(new Token(chars[0], position++));
            return position;
        }
        for (var k = 0; k + 1 < chars.Count; k++)
        {
            into.Add(new Token(chars[k] + chars[k + 1], position++));
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

    private static void Split(string text, List<RawToken> into, Func<char, bool> inToken)
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
                into.Add(new RawToken(text, s, i, Math.Min(i - s, StandardTokenizer.MaxTokenLength), false));
            }
        }
    }
}
