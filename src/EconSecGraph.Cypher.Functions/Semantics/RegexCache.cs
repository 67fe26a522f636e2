using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Cypher.Functions.Semantics;

/// <summary>
/// Compiles Cypher (Java-syntax) regular expressions to .NET ones and caches them. Patterns the linear-time
/// engine supports run on <see cref="RegexOptions.NonBacktracking"/>, so catastrophic backtracking cannot
/// happen; the rest (back-references, look-arounds, atomic groups) run with a match timeout.
/// </summary>
public static class RegexCache
{
    private const int Capacity = 512;
    private static readonly ConcurrentDictionary<string, Regex> s_cache = new(StringComparer.Ordinal);
    private static TimeSpan s_matchTimeout = TimeSpan.FromSeconds(2);

    /// <summary>How long one match may run before it fails with an error (default 2 s).</summary>
    public static TimeSpan MatchTimeout
    {
        get => s_matchTimeout;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            s_matchTimeout = value;
            s_cache.Clear();
        }
    }

    /// <summary>True when the whole of <paramref name="input"/> matches <paramref name="pattern"/>.</summary>
    public static bool IsFullMatch(string input, string pattern)
    {
        ArgumentNullException.ThrowIfNull(input);
        var regex = Get(pattern);
        try
        {
            return regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            throw new CypherException(
                Neo4jStatusCodes.ArgumentError,
                "The regular expression '"
                    + pattern
                    + "' took longer than "
                    + ((int)MatchTimeout.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + " ms to match and was stopped; simplify the pattern (avoid nested repetition such as (a+)+).",
                detail: "InvalidArgumentValue"
            );
        }
    }

    /// <summary>The compiled, anchored regex for a Java-syntax pattern (whole-string match).</summary>
    public static Regex Get(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (s_cache.TryGetValue(pattern, out var cached))
        {
            return cached;
        }
        var regex = Compile(pattern);
        if (s_cache.Count >= Capacity)
        {
            s_cache.Clear();
        }
        s_cache[pattern] = regex;
        return regex;
    }

    private static Regex Compile(string pattern)
    {
        var (translated, options) = JavaRegexTranslator.Translate(pattern);
        var anchored = @"\A(?:" + translated + @")\z";
        var baseOptions = options | RegexOptions.CultureInvariant;
        try
        {
            try
            {
                return new Regex(anchored, baseOptions | RegexOptions.NonBacktracking, MatchTimeout);
            }
            catch (NotSupportedException)
            {
                return new Regex(anchored, baseOptions, MatchTimeout);
            }
        }
        catch (ArgumentException e)
        {
            throw new CypherArgumentException("Invalid Regex: " + e.Message, detail: "InvalidArgumentValue");
        }
    }
}
