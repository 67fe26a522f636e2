using System.Globalization;
using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Cypher.Syntax.Ast;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>
/// <c>CALL { … } IN TRANSACTIONS [OF n ROWS] [ON ERROR …] [REPORT STATUS AS s]</c>, as in Neo4j 5: the
/// input rows are taken in batches of <c>n</c>; the subquery runs for every row of a batch, then the batch
/// commits on its own (durably) and its output rows are emitted. A failing batch is rolled back; earlier
/// batches stay committed. <c>FAIL</c> then fails the query, <c>CONTINUE</c> goes on with the next batch and
/// <c>BREAK</c> skips the remaining batches — both emit the failed and skipped rows with the subquery's
/// columns null (and the status, when reported).
/// </summary>
internal sealed class TransactionalApplyNode(
    PlanNode left,
    PlanNode right,
    Evaluator? batchSize,
    InTransactionsErrorMode onError,
    int[] nullSlots,
    int statusSlot
) : PlanNode(left, right)
{
    public const long DefaultBatchSize = 1000;

    public override string Name => "TransactionApply";

    private InTransactionsErrorMode OnError => onError;

    private int[] NullSlots => nullSlots;

    private int StatusSlot => statusSlot;

    public override string Details =>
        "IN TRANSACTIONS ON ERROR "
        + onError switch
        {
            InTransactionsErrorMode.Continue => "CONTINUE",
            InTransactionsErrorMode.Break => "BREAK",
            _ => "FAIL",
        };

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row)
    {
        var size = DefaultBatchSize;
        if (batchSize is not null)
        {
            var value = batchSize(row, context);
            if (value is not CypherInteger { Value: > 0 } n)
            {
                throw new CypherException(
                    Neo4jStatusCodes.ArgumentError,
                    "Invalid input. '"
                        + value.ToString()
                        + "' is not a valid value for OF … ROWS. Must be a positive integer.",
                    detail: "InvalidArgumentValue"
                );
            }
            size = n.Value;
        }
        return new BatchCursor(this, Children[0].Open(context, row), context, row, size);
    }

    private sealed class BatchCursor(
        TransactionalApplyNode node,
        Cursor left,
        QueryContext context,
        CypherValue[] row,
        long size
    ) : Cursor
    {
        private readonly Queue<CypherValue[]> _out = new();
        private readonly List<CypherValue[]> _batch = [];
        private bool _inputDone;
        private bool _broken;

        public override bool MoveNext()
        {
            while (_out.Count == 0)
            {
                if (_inputDone)
                {
                    return false;
                }
                RunBatch();
            }
            var next = _out.Dequeue();
            context.Release(1);
            Array.Copy(next, row, row.Length);
            return true;
        }

        private void RunBatch()
        {
            _batch.Clear();
            while (_batch.Count < size)
            {
                if (!left.MoveNext())
                {
                    _inputDone = true;
                    break;
                }
                context.Tick();
                _batch.Add((CypherValue[])row.Clone());
            }
            if (_batch.Count == 0)
            {
                return;
            }
            if (_broken)
            {
                EmitFailed(Status(started: false, committed: false, null, null));
                return;
            }
            var batches = context.Batches;
            var number = batches?.NextCommitNumber;
            var counters = context.Counters.Copy();
            var produced = new List<CypherValue[]>();
            try
            {
                foreach (var input in _batch)
                {
                    Array.Copy(input, row, row.Length);
                    var inner = node.Children[1].Open(context, row);
                    while (inner.MoveNext())
                    {
                        context.Tick();
                        produced.Add((CypherValue[])row.Clone());
                    }
                }
                if (batches is not null)
                {
                    number = batches.CommitBatch();
                }
            }
            catch (CypherException ex)
                when (node.OnError != InTransactionsErrorMode.Fail
                    && !string.Equals(ex.Code, Neo4jStatusCodes.TransactionTerminated, StringComparison.Ordinal)
                    && !string.Equals(ex.Code, Neo4jStatusCodes.TransactionTimedOut, StringComparison.Ordinal)
                )
            {
                batches?.RollbackBatch();
                context.Counters.Restore(counters);
                if (node.OnError == InTransactionsErrorMode.Break)
                {
                    _broken = true;
                }
                EmitFailed(Status(started: true, committed: false, number, ex.Message));
                return;
            }
            var status = Status(started: true, committed: true, number, null);
            foreach (var r in produced)
            {
                if (node.StatusSlot >= 0)
                {
                    r[node.StatusSlot] = status;
                }
                Enqueue(r);
            }
        }

        private void EmitFailed(CypherValue status)
        {
            foreach (var r in _batch)
            {
                foreach (var s in node.NullSlots)
                {
                    r[s] = CypherNull.Instance;
                }
                if (node.StatusSlot >= 0)
                {
                    r[node.StatusSlot] = status;
                }
                Enqueue(r);
            }
        }

        private void Enqueue(CypherValue[] r)
        {
            context.Buffer();
            _out.Enqueue(r);
        }

        private static CypherMap Status(bool started, bool committed, long? number, string? error) =>
            new([
                new("started", CypherBoolean.Of(started)),
                new("committed", CypherBoolean.Of(committed)),
                new(
                    "transactionId",
                    number is { } n
                        ? new CypherString("esg-transaction-" + n.ToString(CultureInfo.InvariantCulture))
                        : CypherNull.Instance
                ),
                new("errorMessage", error is null ? CypherNull.Instance : new CypherString(error)),
            ]);

        public override void Close() => left.Close();
    }
}
