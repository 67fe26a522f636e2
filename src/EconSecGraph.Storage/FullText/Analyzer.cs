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

    /// <summary>Analyses <paramref name="text"/>, appending terms with positions from <paramref name="firstPosition"/>; returns the next free position.</summary>
    public int Analyze(string text, List<Token> into, int firstPosition = 0)
    {
        if (_widthFold)
        {
            text = text.Normalize(NormalizationForm.FormKC);
        }
        var raw = new List<RawToken>();
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
                    raw.Add(new RawToken(text, 0, text.Length, false));
                }
                break;
        }
        var position = firstPosition;
        if (_bigrams)
        {
            return Bigrams(raw, into, position);
        }
        foreach (var t in raw)
        {
            var term = Filter(t.Text);
            if (term is not null)
            {
                into.Add(new Token(term, position));
            }
            position++;
        }
        return position;
    }

    /// <summary>Normalises a wildcard or fuzzy term (case and width folding only, as Lucene's normalize()).</summary>
    public string Normalize(string term)
    {
        if (_widthFold)
        {
            term = term.Normalize(NormalizationForm.FormKC);
        }
        return _lowercase ? term.ToLowerInvariant() : term;
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

    /// <summary>Lucene's CJKBigramFilter: adjacent CJK characters become overlapping bigrams; a lone one stays a unigram.</summary>
    private int Bigrams(List<RawToken> raw, List<Token> into, int position)
    {
        var i = 0;
        while (i < raw.Count)
        {
            if (!raw[i].Cjk)
            {
                var term = Filter(raw[i].Text);
                if (term is not null)
                {
                    into.Add(new Token(term, position));
                }
                position++;
                i++;
                continue;
            }
            var chars = new List<string>();
            var end = raw[i].Start;
            while (i < raw.Count && raw[i].Cjk && raw[i].Start == end)
            {
                var text = _lowercase ? raw[i].Text.ToLowerInvariant() : raw[i].Text;
                var e = StringInfoEnumerate(text);
                chars.AddRange(e);
                end = raw[i].End;
                i++;
            }
            if (chars.Count == 1)
            {
                into.Add(new Token(chars[0], position++));
                continue;
            }
            for (var k = 0; k + 1 < chars.Count; k++)
            {
                into.Add(new Token(chars[k] + chars[k + 1], position++));
            }
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
                into.Add(new RawToken(text[s..Math.Min(i, s + StandardTokenizer.MaxTokenLength)], s, i, false));
            }
        }
    }
}
