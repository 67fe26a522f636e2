namespace EconSecGraph.Seed.Validation;

/// <summary>"Did you mean" for misspelt labels, types, properties and ids.</summary>
internal static class Suggestions
{
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var d = Distance(input.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (d < bestDistance)
            {
                bestDistance = d;
                best = candidate;
            }
        }
        if (best is not null && bestDistance <= Math.Max(2, input.Length / 3))
        {
            return best;
        }
        // a cut-off or extended name (SUBFIELD for SUBFIELD_OF)
        var upper = input.ToUpperInvariant();
        var prefixed = candidates
            .Where(c => c.Length > 2 && input.Length > 2)
            .Where(c =>
                c.ToUpperInvariant().StartsWith(upper, StringComparison.Ordinal)
                || upper.StartsWith(c.ToUpperInvariant(), StringComparison.Ordinal)
            )
            .ToList();
        return prefixed.Count == 1 ? prefixed[0] : null;
    }

    public static string DidYouMean(string input, IEnumerable<string> candidates, string fallback)
    {
        var list = candidates.ToList();
        return Closest(input, list) is { } c ? $"Did you mean '{c}'?" : fallback;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
