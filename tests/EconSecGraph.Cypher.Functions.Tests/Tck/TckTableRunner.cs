using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using NodaTime;

namespace EconSecGraph.Cypher.Functions.Tests.Tck;

/// <summary>Runs TCK scenarios through <see cref="MiniCypher"/> and the function library.</summary>
internal static class TckTableRunner
{
    public enum Outcome
    {
        Passed,
        Failed,
        Skipped,
    }

    public static string FeaturesDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(
                dir.FullName,
                "tests",
                "EconSecGraph.Cypher.Tests",
                "Tck",
                "features",
                "expressions"
            );
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
            dir = dir.Parent;
        }
        throw new DirectoryNotFoundException(
            "The repository's TCK features (tests/EconSecGraph.Cypher.Tests/Tck/features) were not found above "
                + AppContext.BaseDirectory
        );
    }

    public static (Outcome Outcome, string Message) Run(FeatureScenario s)
    {
        if (s.ErrorType == "control-query")
        {
            return (Outcome.Skipped, "control queries need a graph");
        }
        if (s.ErrorPhase is "compile time")
        {
            return (Outcome.Skipped, "compile-time error (semantic analysis, not the function library)");
        }
        var context = new FunctionContext(
            new FixedClock(Instant.FromUtc(2024, 5, 6, 7, 8, 9) + Duration.FromNanoseconds(123_456_789))
        );
        var graph = new Dictionary<string, List<CypherMap>>(StringComparer.Ordinal);
        var parameters = new Dictionary<string, CypherValue>(StringComparer.Ordinal);
        List<CypherValue[]> actual;
        List<CypherValue[]> expected;
        try
        {
            foreach (var setup in s.Setup)
            {
                MiniCypher.Create(setup, graph, context);
            }
            foreach (var (k, v) in s.Parameters)
            {
                parameters[k] = MiniCypher.ParseExpression(v)(new Dictionary<string, CypherValue>());
            }
            expected = s
                .Expected.Skip(1)
                .Select(row =>
                    row.Select(cell => MiniCypher.ParseExpression(cell)(new Dictionary<string, CypherValue>()))
                        .ToArray()
                )
                .ToList();
        }
        catch (NotSupportedException e)
        {
            return (Outcome.Skipped, e.Message);
        }
        try
        {
            actual = MiniCypher.Run(s.Query, parameters, graph, context);
        }
        catch (NotSupportedException e)
        {
            return (Outcome.Skipped, e.Message);
        }
        catch (CypherException e)
        {
            if (s.ErrorType is null)
            {
                return (Outcome.Failed, "unexpected error " + e.Code + " (" + e.Detail + "): " + e.Message);
            }
            var codeOk = s.ErrorType switch
            {
                "TypeError" => e.Code == Neo4jStatusCodes.TypeError,
                "ArgumentError" => e.Code == Neo4jStatusCodes.ArgumentError,
                "ArithmeticError" => e.Code == Neo4jStatusCodes.ArithmeticError,
                _ => false,
            };
            var detailOk = s.ErrorDetail == "*" || s.ErrorDetail == e.Detail;
            return codeOk && detailOk
                ? (Outcome.Passed, string.Empty)
                : (
                    Outcome.Failed,
                    "expected "
                        + s.ErrorType
                        + "/"
                        + s.ErrorDetail
                        + " but got "
                        + e.Code
                        + "/"
                        + e.Detail
                        + ": "
                        + e.Message
                );
        }
        if (s.ErrorType is not null)
        {
            return (Outcome.Failed, "expected " + s.ErrorType + "/" + s.ErrorDetail + " but got " + Show(actual));
        }
        if (s.ExpectEmpty)
        {
            return actual.Count == 0
                ? (Outcome.Passed, string.Empty)
                : (Outcome.Failed, "expected no rows, got " + Show(actual));
        }
        if (!RowsMatch(actual, expected, s.InOrder, s.IgnoreListOrder))
        {
            return (Outcome.Failed, "expected " + Show(expected) + " got " + Show(actual));
        }
        return (Outcome.Passed, string.Empty);
    }

    private static string Show(List<CypherValue[]> rows) =>
        "["
        + string.Join(
            "; ",
            rows.Select(r =>
                string.Join(" | ", r.Select(v => v is CypherString s ? "'" + s.Value + "'" : v.ToString()))
            )
        )
        + "]";

    private static bool RowsMatch(
        List<CypherValue[]> actual,
        List<CypherValue[]> expected,
        bool inOrder,
        bool ignoreListOrder
    )
    {
        if (actual.Count != expected.Count)
        {
            return false;
        }
        if (inOrder)
        {
            return actual.Zip(expected).All(p => RowMatch(p.First, p.Second, ignoreListOrder));
        }
        var remaining = new List<CypherValue[]>(expected);
        foreach (var row in actual)
        {
            var idx = remaining.FindIndex(e => RowMatch(row, e, ignoreListOrder));
            if (idx < 0)
            {
                return false;
            }
            remaining.RemoveAt(idx);
        }
        return true;
    }

    private static bool RowMatch(CypherValue[] a, CypherValue[] e, bool ignoreListOrder) =>
        a.Length == e.Length && a.Zip(e).All(p => ValueMatch(p.First, p.Second, ignoreListOrder));

    /// <summary>TCK value matching: temporals, durations and points compare by their string form; 1 and 1.0 differ.</summary>
    public static bool ValueMatch(CypherValue actual, CypherValue expected, bool ignoreListOrder = false)
    {
        if (
            expected is CypherString es
            && actual.Kind
                is CypherValueKind.Date
                    or CypherValueKind.LocalTime
                    or CypherValueKind.Time
                    or CypherValueKind.LocalDateTime
                    or CypherValueKind.DateTime
                    or CypherValueKind.Duration
        )
        {
            return string.Equals(actual.ToString(), es.Value, StringComparison.Ordinal);
        }
        if (actual is CypherList al && expected is CypherList el)
        {
            if (al.Count != el.Count)
            {
                return false;
            }
            if (!ignoreListOrder)
            {
                return al.Zip(el).All(p => ValueMatch(p.First, p.Second, ignoreListOrder));
            }
            var remaining = el.ToList();
            foreach (var item in al)
            {
                var idx = remaining.FindIndex(x => ValueMatch(item, x, ignoreListOrder));
                if (idx < 0)
                {
                    return false;
                }
                remaining.RemoveAt(idx);
            }
            return true;
        }
        if (actual is CypherMap am && expected is CypherMap em)
        {
            return am.Count == em.Count
                && am.All(kv => em.TryGetValue(kv.Key, out var ev) && ValueMatch(kv.Value, ev, ignoreListOrder));
        }
        if (actual is CypherFloat af && expected is CypherFloat ef)
        {
            return af.Value.Equals(ef.Value) || string.Equals(af.ToString(), ef.ToString(), StringComparison.Ordinal);
        }
        return actual.Equals(expected);
    }
}
