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

    /// <summary>When the error of the last query was raised.</summary>
    private enum Phase
    {
        /// <summary>Before execution: parsing, semantic analysis, planning, parameter check (<c>EXPLAIN</c> raises it too).</summary>
        Compile,

        /// <summary>While the plan ran (it compiled fine).</summary>
        Runtime,
    }

    /// <summary>The outcome of the last <c>When executing (control) query</c> and which steps checked it.</summary>
    private sealed class Execution
    {
        public required string Text { get; init; }
        public required GraphState Before { get; init; }
        public GraphState? After { get; set; }
        public List<Record>? Records { get; set; }
        public IReadOnlyList<string>? Keys { get; set; }
        public CypherException? Error { get; set; }
        public Phase ErrorPhase { get; set; }
        public QueryCounters? Counters { get; set; }
        public bool OutcomeChecked { get; set; }
        public bool SideEffectsChecked { get; set; }
    }

    private static async Task<string?> RunCoreAsync(TckScenario scenario)
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory(
            new EmbeddedOptions { SyncCommits = false, DefaultTimeout = s_timeout }
        );
        var parameters = new Dictionary<string, CypherValue>(StringComparer.Ordinal);
        Execution? last = null;
        var sawGiven = false;
        foreach (var step in scenario.Steps)
        {
            var t = step.Text;
            if (
                string.Equals(t, "an empty graph", StringComparison.Ordinal)
                || string.Equals(t, "any graph", StringComparison.Ordinal)
            )
            {
                // 'any graph' must hold on every graph, so it gets a small non-empty one (names the TCK never uses).
                sawGiven = true;
                if (string.Equals(t, "any graph", StringComparison.Ordinal))
                {
                    await db.QueryAsync(new Query("CREATE (:TckAny {tckAny: 1})-[:TCK_ANY {tckAny: 2}]->(:TckAny)"));
                }
                continue;
            }
            if (string.Equals(t, "having executed:", StringComparison.Ordinal))
            {
                if (step.DocString is null)
                {
                    return "malformed step (no query): " + t;
                }
                try
                {
                    await db.QueryAsync(new Query(step.DocString, parameters));
                }
                catch (CypherException ex)
                {
                    return "set-up query failed: " + ex.Code + " (" + ex.Detail + "): " + ex.Message;
                }
                continue;
            }
            if (string.Equals(t, "parameters are:", StringComparison.Ordinal))
            {
                foreach (var row in step.Table ?? [])
                {
                    if (row.Length != 2)
                    {
                        return "malformed parameter row: " + string.Join(" | ", row);
                    }
                    parameters[row[0]] = TckValue.Parse(row[1]).ToParameter();
                }
                continue;
            }
            if (t.StartsWith("there exists a procedure ", StringComparison.Ordinal))
            {
                db.Procedures.Register(ParseProcedure(t, step.Table ?? []));
                continue;
            }
            if (
                string.Equals(t, "executing query:", StringComparison.Ordinal)
                || string.Equals(t, "executing control query:", StringComparison.Ordinal)
            )
            {
                if (!sawGiven)
                {
                    return "no 'Given' step before the query";
                }
                if (last is not null && Unverified(last) is { } unverified)
                {
                    return unverified;
                }
                if (step.DocString is null)
                {
                    return "malformed step (no query): " + t;
                }
                last = await ExecuteAsync(db, step.DocString, parameters);
                continue;
            }
            if (last is null)
            {
                return "step before any query was executed: " + t;
            }
            if (t.StartsWith("the result should be", StringComparison.Ordinal))
            {
                if (last.Error is not null)
                {
                    return "query failed: " + Show(last.Error);
                }
                if (last.OutcomeChecked)
                {
                    return "a second result step for the same query: " + t;
                }
                last.OutcomeChecked = true;
                var problem = CheckResult(t, step.Table, last.Keys!, last.Records!);
                if (problem is not null)
                {
                    return problem;
                }
                continue;
            }
            if (
                string.Equals(t, "no side effects", StringComparison.Ordinal)
                || string.Equals(t, "the side effects should be:", StringComparison.Ordinal)
            )
            {
                if (last.Error is not null)
                {
                    return "query failed: " + Show(last.Error);
                }
                last.SideEffectsChecked = true;
                var expected = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var row in step.Table ?? [])
                {
                    if (row.Length != 2 || !GraphState.Metrics.Contains(row[0], StringComparer.Ordinal))
                    {
                        return "unknown side effect row: " + string.Join(" | ", row);
                    }
                    expected[row[0]] = int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture);
                }
                var problem = CheckSideEffects(last, expected);
                if (problem is not null)
                {
                    return problem;
                }
                continue;
            }
            var raised = RaisedPattern().Match(t);
            if (raised.Success)
            {
                var type = raised.Groups[1].Value;
                var phase = raised.Groups[2].Value;
                var detail = raised.Groups[3].Value.Trim();
                if (last.Error is null)
                {
                    return "expected " + type + " (" + detail + ") at " + phase + " but the query succeeded";
                }
                last.OutcomeChecked = true;
                var problem = CheckError(type, detail, last.Error);
                if (problem is not null)
                {
                    return problem;
                }
                if (string.Equals(phase, "compile time", StringComparison.Ordinal) && last.ErrorPhase != Phase.Compile)
                {
                    return "expected the "
                        + type
                        + " at compile time, but the query compiled (EXPLAIN succeeded) and failed while running: "
                        + Show(last.Error);
                }
                if (string.Equals(phase, "runtime", StringComparison.Ordinal) && last.ErrorPhase != Phase.Runtime)
                {
                    return "expected the "
                        + type
                        + " at runtime, but it was raised at compile time (EXPLAIN fails): "
                        + Show(last.Error);
                }
                // A failing query must leave the graph as it was.
                var effects = CheckSideEffects(last, new Dictionary<string, int>(StringComparer.Ordinal));
                if (effects is not null)
                {
                    return "the failed query changed the graph: " + effects;
                }
                last.SideEffectsChecked = true;
                continue;
            }
            return "unsupported step: " + t;
        }
        if (last is null)
        {
            return "the scenario executes no query";
        }
        return Unverified(last);
    }

    /// <summary>Every query needs a result or error step; a missing side-effects step means none (TCK: unspecified quantities are zero).</summary>
    private static string? Unverified(Execution e)
    {
        if (!e.OutcomeChecked)
        {
            return e.Error is not null
                ? "query failed with no error step expecting it: " + Show(e.Error)
                : "no result step checks the query's result";
        }
        if (!e.SideEffectsChecked && e.Error is null)
        {
            e.SideEffectsChecked = true;
            var problem = CheckSideEffects(e, new Dictionary<string, int>(StringComparer.Ordinal));
            if (problem is not null)
            {
                return "no side-effects step, so none were expected, but: " + problem;
            }
        }
        return null;
    }

    private static string? CheckSideEffects(Execution e, Dictionary<string, int> expected)
    {
        var diff = e.Before.Diff(e.After!);
        var wrong = new List<string>();
        foreach (var (k, v) in diff)
        {
            var want = expected.GetValueOrDefault(k);
            if (want != v)
            {
                wrong.Add(k + " expected " + want + " but was " + v);
            }
        }
        // The summary's counters must agree with what the graph shows: created minus deleted is the net change
        // (a node created and deleted by the same query counts in both, and in neither side effect).
        if (e.Counters is { } c)
        {
            if (c.NodesCreated - c.NodesDeleted != diff["+nodes"] - diff["-nodes"])
            {
                wrong.Add(
                    "summary counters say nodes +"
                        + c.NodesCreated
                        + " -"
                        + c.NodesDeleted
                        + " but the graph changed by "
                        + (diff["+nodes"] - diff["-nodes"])
                );
            }
            if (c.RelationshipsCreated - c.RelationshipsDeleted != diff["+relationships"] - diff["-relationships"])
            {
                wrong.Add(
                    "summary counters say relationships +"
                        + c.RelationshipsCreated
                        + " -"
                        + c.RelationshipsDeleted
                        + " but the graph changed by "
                        + (diff["+relationships"] - diff["-relationships"])
                );
            }
        }
        return wrong.Count == 0 ? null : "side effects: " + string.Join(", ", wrong);
    }

    /// <summary>
    /// Runs the query the way a client would, after asking the engine to compile it alone (<c>EXPLAIN</c>)
    /// so that an error can be placed at compile time or at runtime.
    /// </summary>
    private static async Task<Execution> ExecuteAsync(
        EmbeddedGraphDatabase db,
        string text,
        Dictionary<string, CypherValue> parameters
    )
    {
        var e = new Execution { Text = text, Before = GraphState.Capture(db) };
        try
        {
            await using var explained = await db.RunAsync(new Query("EXPLAIN " + text, parameters));
            await explained.ConsumeAsync();
        }
        catch (CypherException ex)
        {
            e.Error = ex;
            e.ErrorPhase = Phase.Compile;
        }
        if (e.Error is null)
        {
            try
            {
                await using var result = await db.RunAsync(new Query(text, parameters));
                e.Keys = result.Keys;
                e.Records = await result.ToListAsync();
                e.Counters = (await result.ConsumeAsync()).Counters;
            }
            catch (CypherException ex)
            {
                e.Error = ex;
                e.ErrorPhase = Phase.Runtime;
            }
        }
        e.After = GraphState.Capture(db);
        return e;
    }

    private static string Show(CypherException error) => error.Code + " (" + error.Detail + "): " + error.Message;

    [GeneratedRegex(@"^an? (\w+) should be raised at (compile time|runtime|any time): ?(.*)$")]
    private static partial Regex RaisedPattern();

    private static string? CheckError(string type, string detail, CypherException error)
    {
        // One Neo4j status code per TCK error type (Neo4j 5's codes for the same failures).
        var codes = type switch
        {
            "SyntaxError" => new[] { Neo4jStatusCodes.SyntaxError },
            "SemanticError" => [Neo4jStatusCodes.SemanticError],
            "TypeError" => [Neo4jStatusCodes.TypeError],
            "ArgumentError" => [Neo4jStatusCodes.ArgumentError],
            "ArithmeticError" => [Neo4jStatusCodes.ArithmeticError],
            "EntityNotFound" => [Neo4jStatusCodes.EntityNotFound],
            "ConstraintVerificationFailed" => [Neo4jStatusCodes.ConstraintValidationFailed],
            "ConstraintValidationFailed" => [Neo4jStatusCodes.ConstraintValidationFailed],
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
        bool ordered,
            unorderedLists;
        switch (step)
        {
            case "the result should be empty":
                return records.Count == 0 ? null : "expected no rows but got " + records.Count + ": " + Show(records);
            case "the result should be, in any order:":
                (ordered, unorderedLists) = (false, false);
                break;
            case "the result should be, in order:":
                (ordered, unorderedLists) = (true, false);
                break;
            case "the result should be (ignoring element order for lists):":
                (ordered, unorderedLists) = (false, true);
                break;
            case "the result should be, in order (ignoring element order for lists):":
                (ordered, unorderedLists) = (true, true);
                break;
            default:
                return "unsupported step: " + step;
        }
        if (table is not { Count: > 0 })
        {
            return "result step without a table: " + step;
        }
        var header = table[0];
        if (!header.SequenceEqual(keys, StringComparer.Ordinal))
        {
            return "expected columns [" + string.Join(", ", header) + "] but got [" + string.Join(", ", keys) + "]";
        }
        var expected = table.Skip(1).Select(r => r.Select(TckValue.Parse).ToArray()).ToList();
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
