using System.Text;
using System.Text.RegularExpressions;
using EconSecGraph.Cypher.Procedures;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using Record = EconSecGraph.Graph.Database.Record;

namespace EconSecGraph.Cypher.Tests.TckRunner;

/// <summary>Runs one TCK scenario on a fresh in-memory database; returns null on success or why it failed.</summary>
public static partial class TckExecutor
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(20);

    public static async Task<string?> RunAsync(TckScenario scenario)
    {
        try
        {
            return await RunCoreAsync(scenario);
        }
        catch (Exception ex) when (ex is not CypherException)
        {
            return "crashed: " + ex.GetType().Name + ": " + ex.Message + "\n" + ex.StackTrace;
        }
    }

    private static async Task<string?> RunCoreAsync(TckScenario scenario)
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory(
            new EmbeddedOptions { SyncCommits = false, DefaultTimeout = s_timeout }
        );
        var parameters = new Dictionary<string, CypherValue>(StringComparer.Ordinal);
        List<Record>? records = null;
        IReadOnlyList<string>? keys = null;
        CypherException? error = null;
        GraphState? before = null;
        GraphState? after = null;
        var executed = false;
        foreach (var step in scenario.Steps)
        {
            var t = step.Text;
            if (
                t.StartsWith("an empty graph", StringComparison.Ordinal)
                || t.StartsWith("any graph", StringComparison.Ordinal)
            )
            {
                continue;
            }
            if (t.StartsWith("having executed", StringComparison.Ordinal))
            {
                try
                {
                    await db.QueryAsync(new Query(step.DocString!, parameters));
                }
                catch (CypherException ex)
                {
                    return "set-up query failed: " + ex.Code + " " + ex.Message;
                }
                continue;
            }
            if (t.StartsWith("parameters are", StringComparison.Ordinal))
            {
                foreach (var row in step.Table!)
                {
                    parameters[row[0]] = TckValue.Parse(row[1]).ToParameter();
                }
                continue;
            }
            if (t.StartsWith("there exists a procedure", StringComparison.Ordinal))
            {
                db.Procedures.Register(ParseProcedure(t, step.Table!));
                continue;
            }
            if (
                t.StartsWith("executing query", StringComparison.Ordinal)
                || t.StartsWith("executing control query", StringComparison.Ordinal)
            )
            {
                before = GraphState.Capture(db);
                records = null;
                error = null;
                executed = true;
                try
                {
                    await using var result = await db.RunAsync(new Query(step.DocString!, parameters));
                    keys = result.Keys;
                    records = await result.ToListAsync();
                    await result.ConsumeAsync();
                }
                catch (CypherException ex)
                {
                    error = ex;
                }
                after = GraphState.Capture(db);
                continue;
            }
            if (t.StartsWith("the result should be", StringComparison.Ordinal))
            {
                if (error is not null)
                {
                    return "query failed: " + error.Code + " (" + error.Detail + "): " + error.Message;
                }
                var problem = CheckResult(t, step.Table, keys!, records!);
                if (problem is not null)
                {
                    return problem;
                }
                continue;
            }
            if (
                t.StartsWith("no side effects", StringComparison.Ordinal)
                || t.StartsWith("the side effects should be", StringComparison.Ordinal)
            )
            {
                if (error is not null)
                {
                    return "query failed: " + error.Code + " (" + error.Detail + "): " + error.Message;
                }
                var diff = before!.Diff(after!);
                var expected = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var row in step.Table ?? [])
                {
                    expected[row[0]] = int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture);
                }
                foreach (var (k, v) in diff)
                {
                    var want = expected.GetValueOrDefault(k);
                    if (want != v)
                    {
                        return "side effect " + k + ": expected " + want + " but was " + v;
                    }
                }
                continue;
            }
            var raised = RaisedPattern().Match(t);
            if (raised.Success)
            {
                if (!executed)
                {
                    return "no query executed before the error step";
                }
                if (error is null)
                {
                    return "expected "
                        + raised.Groups[1].Value
                        + " ("
                        + raised.Groups[3].Value
                        + ") but the query succeeded";
                }
                var problem = CheckError(raised.Groups[1].Value, raised.Groups[3].Value.Trim(), error);
                if (problem is not null)
                {
                    return problem;
                }
                continue;
            }
            return "unsupported step: " + t;
        }
        return null;
    }

    [GeneratedRegex(@"^an? (\w+) should be raised at (compile time|runtime|any time): ?(.*)$")]
    private static partial Regex RaisedPattern();

    private static string? CheckError(string type, string detail, CypherException error)
    {
        var codes = type switch
        {
            "SyntaxError" => new[] { Neo4jStatusCodes.SyntaxError, Neo4jStatusCodes.SemanticError },
            "SemanticError" => [Neo4jStatusCodes.SemanticError, Neo4jStatusCodes.SyntaxError],
            "TypeError" => [Neo4jStatusCodes.TypeError],
            "ArgumentError" => [Neo4jStatusCodes.ArgumentError],
            "EntityNotFound" => [Neo4jStatusCodes.EntityNotFound],
            "ConstraintVerificationFailed" => [Neo4jStatusCodes.ConstraintValidationFailed],
            "ParameterMissing" => [Neo4jStatusCodes.ParameterMissing],
            "ProcedureError" => [Neo4jStatusCodes.ProcedureNotFound, Neo4jStatusCodes.ProcedureCallFailed],
            _ => [],
        };
        if (!codes.Contains(error.Code, StringComparer.Ordinal))
        {
            return "expected "
                + type
                + " ("
                + detail
                + ") but got "
                + error.Code
                + " ("
                + error.Detail
                + "): "
                + error.Message;
        }
        if (detail.Length > 0 && detail != "*" && !string.Equals(detail, error.Detail, StringComparison.Ordinal))
        {
            return "expected "
                + type
                + " detail "
                + detail
                + " but got "
                + error.Code
                + " ("
                + error.Detail
                + "): "
                + error.Message;
        }
        return null;
    }

    private static string? CheckResult(
        string step,
        IReadOnlyList<string[]>? table,
        IReadOnlyList<string> keys,
        List<Record> records
    )
    {
        if (step.StartsWith("the result should be empty", StringComparison.Ordinal))
        {
            return records.Count == 0 ? null : "expected no rows but got " + records.Count + ": " + Show(records);
        }
        var header = table![0];
        if (!header.SequenceEqual(keys, StringComparer.Ordinal))
        {
            return "expected columns [" + string.Join(", ", header) + "] but got [" + string.Join(", ", keys) + "]";
        }
        var expected = table.Skip(1).Select(r => r.Select(TckValue.Parse).ToArray()).ToList();
        var ordered = step.Contains("in order", StringComparison.Ordinal);
        var unorderedLists = step.Contains("ignoring element order for lists", StringComparison.Ordinal);
        bool RowMatches(TckValue[] e, Record a)
        {
            for (var i = 0; i < e.Length; i++)
            {
                if (!TckMatcher.Matches(e[i], a[i], unorderedLists))
                {
                    return false;
                }
            }
            return true;
        }
        bool ok;
        if (ordered)
        {
            ok = expected.Count == records.Count && expected.Select((e, i) => RowMatches(e, records[i])).All(b => b);
        }
        else
        {
            ok = TckMatcher.MultisetMatch(expected, records, RowMatches);
        }
        return ok
            ? null
            : "expected rows:\n  "
                + string.Join("\n  ", table.Skip(1).Select(r => string.Join(" | ", r)))
                + "\nbut got:\n  "
                + Show(records);
    }

    private static string Show(List<Record> records) =>
        string.Join("\n  ", records.Take(50).Select(r => string.Join(" | ", r.Values.Select(CypherLiteral.Render))));

    /// <summary>
    /// <c>there exists a procedure test.my.proc(in :: INTEGER?) :: (out :: STRING?):</c> with a table of
    /// input and output values: the procedure returns the rows whose inputs equal the arguments.
    /// </summary>
    private static ProcedureDefinition ParseProcedure(string step, IReadOnlyList<string[]> table)
    {
        var m = Regex.Match(step, @"procedure ([\w.]+)\((.*?)\) :: \((.*?)\)\s*:?\s*$");
        if (!m.Success)
        {
            throw new FormatException("Cannot read procedure signature: " + step);
        }
        static List<ProcedureField> Fields(string s) =>
            [
                .. s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(f => f.Split("::", StringSplitOptions.TrimEntries))
                    .Select(p => new ProcedureField(p[0], p[1].TrimEnd('?'))),
            ];
        var inputs = Fields(m.Groups[2].Value);
        var outputs = Fields(m.Groups[3].Value);
        var header = table.Count > 0 ? table[0] : [];
        var rows = table.Skip(1).Select(r => r.Select(c => TckValue.Parse(c).ToParameter()).ToArray()).ToList();
        return new ProcedureDefinition(
            m.Groups[1].Value,
            inputs,
            outputs,
            ProcedureMode.Read,
            "TCK test procedure",
            call =>
            {
                var result = new List<CypherValue[]>();
                foreach (var row in rows)
                {
                    var match = true;
                    for (var i = 0; i < inputs.Count; i++)
                    {
                        var col = Array.IndexOf(header, inputs[i].Name);
                        var arg = call.Arguments[i];
                        var want = row[col];
                        var coerced =
                            arg is CypherFloat f && string.Equals(inputs[i].Type, "INTEGER", StringComparison.Ordinal)
                                ? CypherInteger.Of((long)f.Value)
                                : arg;
                        if (!Functions.Semantics.CypherEquivalence.Equivalent(coerced, want))
                        {
                            match = false;
                            break;
                        }
                    }
                    if (match)
                    {
                        result.Add([.. outputs.Select(o => row[Array.IndexOf(header, o.Name)])]);
                    }
                }
                return result;
            }
        );
    }

    internal static string Describe(TckScenario scenario)
    {
        var sb = new StringBuilder(scenario.Id).Append('\n');
        foreach (var s in scenario.Steps)
        {
            sb.Append("  ").Append(s.Text).Append('\n');
            if (s.DocString is not null)
            {
                sb.Append("    ").Append(s.DocString.Replace("\n", "\n    ", StringComparison.Ordinal)).Append('\n');
            }
        }
        return sb.ToString();
    }
}
