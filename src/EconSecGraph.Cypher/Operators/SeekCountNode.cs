using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>
/// <c>MATCH (n:L) WHERE n.p STARTS WITH / CONTAINS $s RETURN count(n)</c> (or count(*)) straight over an
/// index seek: counts the matching ids without making a row per node.
/// </summary>
internal sealed class SeekCountNode(NodeIndexSeekNode seek, int resultSlot) : PlanNode(seek.Children[0])
{
    public override string Name => "NodeIndexSeekCount";

    public override string Details => _seek.Details;

    /// <summary>The fast plan when <paramref name="input"/> is a seek and the counted value is its node (or *).</summary>
    public static SeekCountNode? TryCreate(PlanNode input, int? countedSlot, int resultSlot) =>
        input is NodeIndexSeekNode seek && (countedSlot is null || countedSlot == seek.Slot)
            ? new SeekCountNode(seek, resultSlot)
            : null;

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new CountCursor(Children[0].Open(context, row), this, row, context);

    private sealed class CountCursor(Cursor input, SeekCountNode node, CypherValue[] row, QueryContext context) : Cursor
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
            while (input.MoveNext())
            {
                total += node._seek.Count(row, context);
            }
            context.DbHits += total;
            row[node._resultSlot] = CypherInteger.Of(total);
            return true;
        }

        public override void Close() => input.Close();
    }

    private readonly NodeIndexSeekNode _seek = seek;
    private readonly int _resultSlot = resultSlot;
}
