using EconSecGraph.Bench.Baseline;
using EconSecGraph.Bench.Generation;
using EconSecGraph.Bench.Harness;

namespace EconSecGraph.Bench.Compare;

/// <summary>
/// Checks an engine's answers against the baseline's. Most answers must be identical; where several
/// answers are right (which shortest path, which 25 rows without ORDER BY) the answer is checked for
/// validity against the graph instead: same path length and endpoints over real edges, or the right
/// number of distinct rows that all satisfy the predicate.
/// </summary>
public sealed class ResultChecker(ArrayGraph graph, QuerySet set)
{
    public CheckOutcome Check(string operation, OperationReport? reference, OperationReport? candidate)
    {
        if (reference is null || candidate is null || candidate.Results.Count != reference.Results.Count)
        {
            return CheckOutcome.Missing;
        }
        var mismatches = 0;
        string? first = null;
        for (var i = 0; i < reference.Results.Count; i++)
        {
            var expected = reference.Results[i];
            var actual = candidate.Results[i];
            if (!Agrees(operation, i, expected, actual))
            {
                mismatches++;
                first ??= $"input {i}: expected {Shorten(expected)}, got {Shorten(actual)}";
            }
        }
        return new CheckOutcome(reference.Results.Count, mismatches, first);
    }

    private bool Agrees(string operation, int index, string expected, string actual)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return true;
        }
        return operation switch
        {
            Operations.ShortestNodes => SamePathShape(Digest.ParseIds(expected), Digest.ParseIds(actual)),
            Operations.PrefixLimit => ValidRows(
                Digest.ParseIds(expected).Length,
                Digest.ParseIds(actual),
                name => name.StartsWith(set.Prefixes[index], StringComparison.Ordinal)
            ),
            Operations.ContainsLimit => ValidRows(
                Digest.ParseIds(expected).Length,
                Digest.ParseIds(actual),
                name => name.Contains(set.Substrings[index], StringComparison.Ordinal)
            ),
            _ => false,
        };
    }

    private bool SamePathShape(long[] expected, long[] actual)
    {
        if (expected.Length != actual.Length || actual.Length == 0)
        {
            return false;
        }
        if (expected[0] != actual[0] || expected[^1] != actual[^1])
        {
            return false;
        }
        for (var i = 1; i < actual.Length; i++)
        {
            if (
                actual[i] < 0
                || actual[i] >= graph.NodeCount
                || !graph.NeighboursOf((int)actual[i - 1]).Contains((int)actual[i])
            )
            {
                return false;
            }
        }
        return true;
    }

    private bool ValidRows(int expectedCount, long[] actual, Func<string, bool> predicate) =>
        actual.Length == expectedCount
        && actual.Distinct().Count() == actual.Length
        && actual.All(id => id >= 0 && id < graph.NodeCount && predicate(graph.Names[id]));

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
