using EconSecGraph.Cypher.Procedures;
using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>
/// <c>CALL proc(…) YIELD x RETURN count(x)</c> for a procedure that can count its rows without producing
/// them (<see cref="ProcedureDefinition.Count"/>), e.g. a full-text query: no nodes, scores or ordering.
/// </summary>
internal sealed class ProcedureCountNode(ProcedureCallNode call, int resultSlot) : PlanNode(call.Children[0])
{
    public override string Name => "ProcedureCount";

    public override string Details => _call.Details;

    /// <summary>The fast plan when <paramref name="input"/> is such a call and the counted value is always present.</summary>
    public static ProcedureCountNode? TryCreate(PlanNode input, int? countedSlot, int resultSlot)
    {
        if (input is not ProcedureCallNode { Procedure: { Count: not null, Mode: not ProcedureMode.Write } } call)
        {
            return null;
        }
        // Count's contract: outputs are never null, so count(x) of a yielded x is the row count
        if (countedSlot is { } slot && !call.Yields.Any(y => y.Slot == slot))
        {
            return null;
        }
        return new ProcedureCountNode(call, resultSlot);
    }

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new CountCursor(Children[0].Open(context, row), this, row, context);

    private sealed class CountCursor(Cursor input, ProcedureCountNode node, CypherValue[] row, QueryContext context)
        : Cursor
    {
        private bool _done;

        public override bool MoveNext()
        {
            if (_done)
            {
                return false;
            }
            _done = true;
            long total = 0;
            var procedure = node._call.Procedure;
            while (input.MoveNext())
            {
                context.Tick();
                total += procedure.Count!(new ProcedureCall(node._call.Arguments(row, context), context));
            }
            row[node._resultSlot] = CypherInteger.Of(total);
            return true;
        }

        public override void Close() => input.Close();
    }

    private readonly ProcedureCallNode _call = call;
    private readonly int _resultSlot = resultSlot;
}
