using System.Text;

namespace EconSecGraph.Web.Queries;

/// <summary>
/// Search input handling: NFKC (so full-width Ｌａｔｉｎ, half-width ｶﾀｶﾅ and compatibility forms
/// compare equal to their plain forms), case folding, and Lucene escaping for the full-text index.
/// </summary>
public static class SearchText
{
    private const string LuceneSpecial = "+-&|!(){}[]^\"~*?:\\/";

    /// <summary>NFKC, trimmed, inner whitespace collapsed to one space.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }
        var nfkc = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(nfkc.Length);
        var space = false;
        foreach (var c in nfkc.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The form used to compare names: normalised and lower-cased (culture-invariant).</summary>
    public static string Fold(string? text) =>
        text is null ? string.Empty
        : TryFoldPlain(text, out var folded) ? folded
        : Normalize(text).ToLowerInvariant();

    /// <summary>
    /// The fold of a text made only of characters NFKC leaves as they are (printable ASCII, hiragana,
    /// katakana, CJK ideographs) with single spaces between words: lower-casing is all there is to do.
    /// Search ranks up to 200 candidates with several names each, and the NFKC call was a third of a
    /// search's time on the 100,000-node graph.
    /// </summary>
    private static bool TryFoldPlain(string text, out string folded)
    {
        folded = text;
        var upper = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                if (i == 0 || i == text.Length - 1 || text[i - 1] == ' ')
                {
                    return false;
                }
                continue;
            }
            if (c is >= '!' and <= '~')
            {
                upper |= c is >= 'A' and <= 'Z';
                continue;
            }
            if (
                c
                is not (
                    (>= '\u3041' and <= '\u3096')
                    or (>= '\u30A1' and <= '\u30FA')
                    or '\u30FC'
                    or (>= '\u4E00' and <= '\u9FFF')
                )
            )
            {
                return false;
            }
        }
        if (upper)
        {
            // only ASCII letters can change case here: no culture tables needed
            folded = string.Create(
                text.Length,
                text,
                static (span, source) =>
                {
                    for (var i = 0; i < span.Length; i++)
                    {
                        var c = source[i];
                        span[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
                    }
                }
            );
        }
        return true;
    }

    public static IReadOnlyList<string> Terms(string normalized) =>
        normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// A Lucene query for the full-text index: each term escaped; a CJK term of two or more characters
    /// as a phrase (<c>"経済安全"</c>: its bigrams in a row, which is exactly "contains the term", where
    /// the bare term would match every name sharing any one bigram); with <paramref name="prefixes"/>,
    /// Latin terms also as a prefix (<c>atl*</c>) so partial words match.
    /// </summary>
    public static string LuceneQuery(string normalized, bool prefixes = true)
    {
        var parts = new List<string>();
        foreach (var term in Terms(normalized))
        {
            if (term.Length >= 2 && term.All(IsCjk))
            {
                parts.Add("\"" + term + "\"");
                continue;
            }
            var escaped = Escape(term);
            if (escaped.Length == 0)
            {
                continue;
            }
            parts.Add(escaped);
            if (prefixes && HasPrefixForm(term))
            {
                parts.Add(escaped.ToLowerInvariant() + "*");
            }
        }
        return string.Join(" ", parts);
    }

    /// <summary>True when some term gets a prefix form (<c>atl*</c>) in <see cref="LuceneQuery"/>.</summary>
    public static bool HasPrefixTerms(string normalized) => Terms(normalized).Any(HasPrefixForm);

    private static bool HasPrefixForm(string term) =>
        !HasCjk(term) && term.Length >= 2 && term.All(char.IsLetterOrDigit);

    public static string Escape(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var sb = new StringBuilder(term.Length);
        foreach (var c in term)
        {
            if (LuceneSpecial.Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }
            sb.Append(c);
        }
        var escaped = sb.ToString();
        // AND / OR / NOT are operators in Lucene's syntax; as search words they are plain words.
        return escaped is "AND" or "OR" or "NOT" ? escaped.ToLowerInvariant() : escaped;
    }

    /// <summary>
    /// True when every term is CJK text of at least two characters: the CJK analyzer indexes every
    /// bigram, so the full-text index finds every name containing such a term, wherever it sits.
    /// </summary>
    public static bool FullTextSeesEverySubstring(string normalized) =>
        Terms(normalized) is { Count: > 0 } terms && terms.All(t => t.Length >= 2 && t.All(IsCjk));

    public static bool HasCjk(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Any(IsCjk);
    }

    public static bool IsCjk(char c) =>
        c
            is >= '\u3040'
                and <= '\u30ff' // hiragana, katakana
                or >= '\u3400'
                and <= '\u4dbf' // CJK extension A
                or >= '\u4e00'
                and <= '\u9fff' // CJK unified ideographs
                or >= '\uf900'
                and <= '\ufaff' // compatibility ideographs
                or >= '\uac00'
                and <= '\ud7af'; // hangul
}
