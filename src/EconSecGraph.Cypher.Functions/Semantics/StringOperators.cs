using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Semantics;

/// <summary>
/// <c>STARTS WITH</c>, <c>ENDS WITH</c>, <c>CONTAINS</c> and <c>=~</c>: ordinal, case-sensitive; null unless both
/// operands are strings.
/// </summary>
public static class StringOperators
{
    public static CypherValue StartsWith(CypherValue value, CypherValue prefix) =>
        value is CypherString s && prefix is CypherString p
            ? CypherBoolean.Of(s.Value.StartsWith(p.Value, StringComparison.Ordinal))
            : CypherNull.Instance;

    public static CypherValue EndsWith(CypherValue value, CypherValue suffix) =>
        value is CypherString s && suffix is CypherString p
            ? CypherBoolean.Of(s.Value.EndsWith(p.Value, StringComparison.Ordinal))
            : CypherNull.Instance;

    public static CypherValue Contains(CypherValue value, CypherValue part) =>
        value is CypherString s && part is CypherString p
            ? CypherBoolean.Of(s.Value.Contains(p.Value, StringComparison.Ordinal))
            : CypherNull.Instance;

    /// <summary>
    /// <c>value =~ pattern</c>: the whole string must match the (Java-syntax) regular expression. Null unless both
    /// operands are strings. An invalid pattern raises an ArgumentError; a match that runs past
    /// <see cref="RegexCache.MatchTimeout"/> raises an error instead of hanging the query.
    /// </summary>
    public static CypherValue RegexMatch(CypherValue value, CypherValue pattern) =>
        value is CypherString s && pattern is CypherString p
            ? CypherBoolean.Of(RegexCache.IsFullMatch(s.Value, p.Value))
            : CypherNull.Instance;
}
