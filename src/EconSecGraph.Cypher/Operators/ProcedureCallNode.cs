using EconSecGraph.Cypher.Procedures;
using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>CALL proc(args) YIELD …: for each input row, one row per procedure result.</summary>
internal sealed class ProcedureCallNode(
    PlanNode input,
    ProcedureDefinition procedure,
    Evaluator[] arguments,
    IReadOnlyList<YieldSlot> yields,
    string text
) : PlanNode(input)
{
    public override string Name => "ProcedureCall";

    public override string Details => text;

    public ProcedureDefinition Procedure => procedure;

    /// <summary>The variables the call yields into: (output field, slot).</summary>
    public IReadOnlyList<YieldSlot> Yields => yields;

    /// <summary>The call's arguments for this row: given ones evaluated, missing ones defaulted, types checked.</summary>
    public CypherValue[] Arguments(CypherValue[] row, QueryContext context) =>
        BuildArguments(procedure, arguments, row, context);

    private static CypherValue[] BuildArguments(
        ProcedureDefinition procedure,
        Evaluator[] arguments,
        CypherValue[] row,
        QueryContext context
    )
    {
        var args = new CypherValue[procedure.Inputs.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] =
                i < arguments.Length ? arguments[i](row, context) : procedure.Inputs[i].Default ?? CypherNull.Instance;
            CheckType(procedure, procedure.Inputs[i], args[i]);
        }
        return args;
    }

    private static void CheckType(ProcedureDefinition procedure, ProcedureField field, CypherValue value)
    {
        if (value.IsNull)
        {
            return;
        }
        var ok = field.Type switch
        {
            "STRING" => value is CypherString,
            "INTEGER" => value is CypherInteger || (value is CypherFloat f && f.Value == Math.Floor(f.Value)),
            "FLOAT" => value is CypherFloat or CypherInteger,
            "NUMBER" => value is CypherFloat or CypherInteger,
            "BOOLEAN" => value is CypherBoolean,
            "MAP" => value is CypherMap,
            _ => true,
        };
        if (!ok)
        {
            throw new CypherTypeException(
                "Type mismatch for parameter '"
                    + field.Name
                    + "' of "
                    + procedure.Name
                    + ": expected "
                    + field.Type
                    + " but was "
                    + value.TypeName,
                detail: "InvalidArgumentType"
            );
        }
    }

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new CallCursor(Children[0].Open(context, row), procedure, arguments, yields, row, context);

    private sealed class CallCursor(
        Cursor input,
        ProcedureDefinition procedure,
        Evaluator[] arguments,
        IReadOnlyList<YieldSlot> yields,
        CypherValue[] row,
        QueryContext context
    ) : Cursor
    {
        private IEnumerator<CypherValue[]>? _results;

        public override bool MoveNext()
        {
            while (true)
            {
                if (_results is not null && _results.MoveNext())
                {
                    context.Tick();
                    var r = _results.Current;
                    foreach (var (field, slot) in yields)
                    {
                        row[slot] = r[field];
                    }
                    return true;
                }
                _results?.Dispose();
                _results = null;
                if (!input.MoveNext())
                {
                    return false;
                }
                var args = BuildArguments(procedure, arguments, row, context);
                if (procedure.Mode is ProcedureMode.Write)
                {
                    context.RequireWriter();
                }
                _results = procedure.Body(new ProcedureCall(args, context)).GetEnumerator();
                if (procedure.Outputs.Count == 0)
                {
                    // a VOID procedure runs for its effect and keeps the row
                    while (_results.MoveNext()) { }
                    _results.Dispose();
                    _results = null;
                    return true;
                }
            }
        }

        public override void Close()
        {
            _results?.Dispose();
            _results = null;
            input.Close();
        }
    }
}
