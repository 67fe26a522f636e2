using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>
/// Groups its input by the key expressions and aggregates each group. Without keys it always emits
/// exactly one row (count(*) of nothing is 0).
/// </summary>
internal sealed class AggregationNode(
    PlanNode input,
    IReadOnlyList<SlotEvaluator> keys,
    IReadOnlyList<AggregateSpec> aggregates,
    string text
) : PlanNode(input)
{
    public override string Name => keys.Count == 0 ? "EagerAggregation" : "OrderedAggregation";

    public override string Details => text;

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new AggregationCursor(Children[0].Open(context, row), keys, aggregates, row, context);

    private sealed class AggregationCursor(
        Cursor input,
        IReadOnlyList<SlotEvaluator> keys,
        IReadOnlyList<AggregateSpec> aggregates,
        CypherValue[] row,
        QueryContext context
    ) : Cursor
    {
        private List<(CypherValue[] Key, Accumulator[] Accs)>? _groups;
        private int _next;

        public override bool MoveNext()
        {
            if (_groups is null)
            {
                Fill();
            }
            if (_next >= _groups!.Count)
            {
                return false;
            }
            var (key, accs) = _groups[_next];
            _groups[_next++] = default;
            for (var i = 0; i < keys.Count; i++)
            {
                row[keys[i].Slot] = key[i];
            }
            for (var i = 0; i < aggregates.Count; i++)
            {
                row[aggregates[i].Slot] = accs[i].Result();
            }
            return true;
        }

        private Accumulator[] NewAccumulators()
        {
            var accs = new Accumulator[aggregates.Count];
            for (var i = 0; i < accs.Length; i++)
            {
                var a = aggregates[i].Create(context);
                accs[i] = aggregates[i].Distinct ? new DistinctAccumulator(a, context) : a;
            }
            return accs;
        }

        private void Fill()
        {
            _groups = [];
            var index = new Dictionary<GroupKey, int>();
            Accumulator[]? single = keys.Count == 0 ? NewAccumulators() : null;
            if (single is not null)
            {
                _groups.Add(([], single));
            }
            while (input.MoveNext())
            {
                context.Tick();
                Accumulator[] accs;
                if (single is not null)
                {
                    accs = single;
                }
                else
                {
                    var key = new CypherValue[keys.Count];
                    for (var i = 0; i < key.Length; i++)
                    {
                        key[i] = keys[i].Value(row, context);
                    }
                    var gk = new GroupKey(key);
                    if (index.TryGetValue(gk, out var g))
                    {
                        accs = _groups[g].Accs;
                    }
                    else
                    {
                        context.Buffer();
                        accs = NewAccumulators();
                        index[gk] = _groups.Count;
                        _groups.Add((key, accs));
                    }
                }
                for (var i = 0; i < aggregates.Count; i++)
                {
                    var spec = aggregates[i];
                    var value = spec.Argument is null ? CypherNull.Instance : spec.Argument(row, context);
                    var extra = spec.Extra is null ? CypherNull.Instance : spec.Extra(row, context);
                    accs[i].Add(value, extra);
                }
            }
        }

        public override void Close()
        {
            if (_groups is not null)
            {
                context.Release(_groups.Count);
                _groups = [];
            }
            input.Close();
        }
    }
}
