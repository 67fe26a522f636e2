using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Elements;
using EconSecGraph.Web.Models;

namespace EconSecGraph.Web.Queries;

/// <summary>
/// Orders search candidates so the best match comes first: an exact name beats an exact alias, which
/// beats a prefix, a word prefix, a substring, and finally a match the full-text index alone found.
/// Names are compared after NFKC and case folding, so ＡＴＬＡ, atla and ATLA are one query.
/// </summary>
public static class SearchRanker
{
    /// <summary>The score of a match inside a word (not at its start): the best a substring scan can add.</summary>
    public const double MidWordScore = 40;

    private enum Field
    {
        Name,
        NameEn,
        Alias,
    }

    public static IReadOnlyList<SearchHit> Rank(
        string normalizedQuery,
        IEnumerable<(CypherNode Node, double FullTextScore)> candidates,
        int limit
    )
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var query = normalizedQuery.ToLowerInvariant();
        var terms = SearchText.Terms(query);
        // score every candidate, then build hits for the page only (a search ranks up to 200 candidates)
        var scored = new List<Scored>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (node, ftScore) in candidates)
        {
            var key = NodeKeys.Of(node);
            if (!seen.Add(key))
            {
                continue;
            }
            var (score, field, text) = BestMatch(node, query, terms);
            if (score <= 0 && ftScore <= 0)
            {
                continue;
            }
            var total = score > 0 ? score + Math.Min(ftScore, 5) : 5 + Math.Min(ftScore, 5);
            scored.Add(new Scored(node, key, Math.Round(total, 3), score > 0 ? field : null, text));
        }
        return
        [
            .. scored
                .OrderByDescending(h => h.Score)
                .ThenBy(h => h.Text.Length)
                .ThenBy(h => h.Key, StringComparer.Ordinal)
                .Take(limit)
                .Select(Hit),
        ];
    }

    private static SearchHit Hit(Scored s)
    {
        var name = ElementMapper.Caption(s.Node);
        return new SearchHit(
            s.Key,
            name,
            Text(s.Node, "nameEn"),
            ElementMapper.PrimaryLabel(s.Node),
            s.Node.Labels,
            s.Field is { } f ? FieldName(f) : "text",
            s.Field is not null ? s.Text : name,
            s.Score,
            Text(s.Node, "date")
        );
    }

    /// <summary>A ranked candidate: its score, and the field and text that matched (no field: full-text only).</summary>
    private sealed record Scored(CypherNode Node, string Key, double Score, Field? Field, string Text);

    private static (double Score, Field Field, string Text) BestMatch(
        CypherNode node,
        string query,
        IReadOnlyList<string> terms
    )
    {
        var best = (Score: 0.0, Field: Field.Name, Text: string.Empty);
        foreach (var (field, text) in Names(node))
        {
            var score =
                Score(SearchText.Fold(text), query, terms)
                - (
                    field == Field.Name ? 0
                    : field == Field.NameEn ? 1
                    : 2
                );
            if (score > best.Score)
            {
                best = (score, field, text);
            }
        }
        return best;
    }

    /// <summary>How well one name matches; 0 when it does not contain the query (or all its terms).</summary>
    internal static double Score(string name, string query, IReadOnlyList<string> terms)
    {
        if (name.Length == 0 || query.Length == 0)
        {
            return 0;
        }
        if (string.Equals(name, query, StringComparison.Ordinal))
        {
            return 100;
        }
        if (name.StartsWith(query, StringComparison.Ordinal))
        {
            return 70;
        }
        var index = name.IndexOf(query, StringComparison.Ordinal);
        if (index > 0 && !char.IsLetterOrDigit(name[index - 1]))
        {
            return 55; // starts a word: "Security" in "Economic Security Act"
        }
        if (index > 0)
        {
            return MidWordScore;
        }
        if (terms.Count > 1 && terms.All(t => name.Contains(t, StringComparison.Ordinal)))
        {
            return 30;
        }
        return 0;
    }

    private static IEnumerable<(Field Field, string Text)> Names(CypherNode node)
    {
        if (node.Properties.TryGetValue("name", out var name) && name is CypherString n)
        {
            yield return (Field.Name, n.Value);
        }
        if (node.Properties.TryGetValue("nameEn", out var nameEn) && nameEn is CypherString e)
        {
            yield return (Field.NameEn, e.Value);
        }
        if (node.Properties.TryGetValue("aliases", out var aliases) && aliases is CypherList list)
        {
            foreach (var alias in list)
            {
                if (alias is CypherString a)
                {
                    yield return (Field.Alias, a.Value);
                }
            }
        }
    }

    private static string FieldName(Field field) =>
        field switch
        {
            Field.Name => "name",
            Field.NameEn => "nameEn",
            _ => "alias",
        };

    private static string? Text(CypherNode node, string key) =>
        node.Properties.TryGetValue(key, out var value) && !value.IsNull
            ? value is CypherString s
                ? s.Value
                : value.ToString()
            : null;
}
