using EconSecGraph.Cypher.Operators;
using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Cypher.Store;
using EconSecGraph.Cypher.Syntax.Ast;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Planning;

internal sealed partial class QueryPlanner
{
    private PlanNode PlanMatchClause(MatchClause m, PlanNode current, Scope scope)
    {
        var before = new HashSet<string>(scope.Names, StringComparer.Ordinal);
        if (_conflicts.HasWrites)
        {
            RecordPatternReads(m.Pattern, m.Where);
            if (_conflicts.Conflicts())
            {
                current = new EagerNode(current);
                _conflicts.Reset();
            }
        }
        RecordPatternReads(m.Pattern, m.Where);
        if (!m.Optional)
        {
            return PlanPattern(m.Pattern, m.Where, current, scope);
        }
        var inner = scope.Clone();
        var rhs = PlanPattern(m.Pattern, m.Where, new ArgumentNode(), inner);
        var nullSlots = new List<int>();
        foreach (var name in inner.Names)
        {
            if (!before.Contains(name))
            {
                inner.TryGet(name, out var slot);
                nullSlots.Add(slot);
                scope.Bind(name, slot);
            }
        }
        return new ApplyNode(current, rhs, optional: true, [.. nullSlots], "Apply(Optional)");
    }

    private void RecordPatternReads(Pattern pattern, Expression? where)
    {
        foreach (var part in pattern.Parts)
        {
            RecordElementReads(part.Element);
        }
        if (where is not null)
        {
            _conflicts.ReadKey(null);
        }
    }

    private void RecordElementReads(PatternElement element)
    {
        foreach (var node in Nodes(element))
        {
            _conflicts.ReadNodes(node.Labels is null ? null : FirstLabel(node.Labels));
            if (node.Labels is not null && node.Labels is not LabelName)
            {
                _conflicts.ReadNodes(null);
            }
            RecordPropertyReads(node.Properties);
        }
        foreach (var step in element.Steps)
        {
            _conflicts.ReadRelationships();
            RecordPropertyReads(step.Relationship.Properties);
        }
    }

    private void RecordPropertyReads(Expression? properties)
    {
        switch (properties)
        {
            case MapLiteral map:
                foreach (var e in map.Entries)
                {
                    _conflicts.ReadKey(e.Key);
                }
                break;
            case not null:
                _conflicts.ReadKey(null);
                break;
        }
    }

    private static IEnumerable<NodePattern> Nodes(PatternElement element)
    {
        yield return element.Start;
        foreach (var s in element.Steps)
        {
            yield return s.Node;
        }
    }

    /// <summary>A label every matching node must have, usable for a label scan.</summary>
    private static string? FirstLabel(LabelExpression labels) =>
        labels switch
        {
            LabelName n => n.Name,
            LabelConjunction c => c.Operands.Select(FirstLabel).FirstOrDefault(l => l is not null),
            _ => null,
        };

    /// <summary>Plans a comma-separated pattern with its WHERE on top of <paramref name="input"/>.</summary>
    internal PlanNode PlanPattern(Pattern pattern, Expression? where, PlanNode input, Scope scope)
    {
        var conjuncts = new List<Expression>();
        if (where is not null)
        {
            SplitConjuncts(where, conjuncts);
        }
        var state = new PatternState(scope, conjuncts);
        var current = input;
        // Parts with a bound node or a selective start first; shortest paths after their endpoints.
        var parts = pattern.Parts.Where(p => p.Selector == PathSelector.None).ToList();
        var ordered = new List<PatternPart>();
        while (parts.Count > 0)
        {
            var next =
                parts.FirstOrDefault(p =>
                    Nodes(p.Element).Any(n => n.Variable is not null && scope.Contains(n.Variable.Name))
                ) ?? parts[0];
            parts.Remove(next);
            ordered.Add(next);
            current = PlanPart(next, current, state);
        }
        foreach (var part in pattern.Parts.Where(p => p.Selector != PathSelector.None))
        {
            current = PlanShortestPathPart(part, current, state);
        }
        foreach (var c in state.Conjuncts)
        {
            current = new FilterNode(current, Compile(c, scope), Text(c)) { Source = c };
        }
        state.Conjuncts.Clear();
        current.Identifiers = [.. scope.Names.Where(n => !n.StartsWith(' '))];
        return current;
    }

    private static void SplitConjuncts(Expression e, List<Expression> into)
    {
        if (e is BinaryExpression { Operator: BinaryOperator.And } b)
        {
            SplitConjuncts(b.Left, into);
            SplitConjuncts(b.Right, into);
        }
        else
        {
            into.Add(e);
        }
    }

    /// <summary>Per-pattern planning state: the scope, unplaced WHERE conjuncts, relationship slots for uniqueness.</summary>
    private sealed class PatternState(Scope scope, List<Expression> conjuncts)
    {
        public Scope Scope { get; } = scope;
        public List<Expression> Conjuncts { get; } = conjuncts;
        public List<int> RelationshipSlots { get; } = [];
    }

    private PlanNode PlanPart(PatternPart part, PlanNode current, PatternState state)
    {
        var scope = state.Scope;
        var element = part.Element;
        var nodes = Nodes(element).ToList();
        var nodeSlots = new int[nodes.Count];
        var relSlots = new int[element.Steps.Count];

        // Choose the anchor: a bound node, else a node we can seek by label+property, else a labelled node.
        var anchor = nodes.FindIndex(n => n.Variable is not null && scope.Contains(n.Variable.Name));
        (string Label, string Key, Expression Value, SeekMode Mode, Expression? Consumed)? seek = null;
        if (anchor < 0)
        {
            for (var i = 0; i < nodes.Count && seek is null; i++)
            {
                seek = FindSeek(nodes[i], state);
                if (seek is not null)
                {
                    anchor = i;
                }
            }
        }
        if (anchor < 0)
        {
            anchor = nodes.FindIndex(n => n.Labels is not null && FirstLabel(n.Labels) is not null);
        }
        if (anchor < 0)
        {
            anchor = 0;
        }

        current = BindNode(nodes[anchor], current, state, seek, out nodeSlots[anchor]);
        for (var i = anchor; i < element.Steps.Count; i++)
        {
            current = PlanStep(
                element.Steps[i].Relationship,
                nodeSlots[i],
                nodes[i + 1],
                reverse: false,
                current,
                state,
                out relSlots[i],
                out nodeSlots[i + 1]
            );
        }
        for (var i = anchor - 1; i >= 0; i--)
        {
            current = PlanStep(
                element.Steps[i].Relationship,
                nodeSlots[i + 1],
                nodes[i],
                reverse: true,
                current,
                state,
                out relSlots[i],
                out nodeSlots[i]
            );
        }
        if (part.Variable is not null)
        {
            var pathSlot = _slots.New(part.Variable.Name);
            var builder = PathBuilder(nodeSlots, relSlots);
            current = new ProjectionNode(
                current,
                [new SlotEvaluator(pathSlot, builder)],
                part.Variable.Name + " = " + Text(element)
            );
            scope.Bind(part.Variable.Name, pathSlot);
            current = ApplyReadyFilters(current, state);
        }
        return current;
    }

    /// <summary>Builds a path value from node slots and relationship slots (a slot may hold a relationship list).</summary>
    internal static Evaluator PathBuilder(int[] nodeSlots, int[] relSlots) =>
        (row, _) =>
        {
            if (row[nodeSlots[0]] is not CypherNode first)
            {
                return CypherNull.Instance;
            }
            var nodes = new List<CypherNode> { first };
            var rels = new List<CypherRelationship>();
            for (var i = 0; i < relSlots.Length; i++)
            {
                var value = row[relSlots[i]];
                if (value.IsNull)
                {
                    return CypherNull.Instance;
                }
                IEnumerable<CypherValue> hops = value is CypherList list ? list : [value];
                foreach (var hop in hops)
                {
                    var r = (CypherRelationship)hop;
                    var at = nodes[^1];
                    var nextId = r.StartNodeId == at.Id ? r.EndNodeId : r.StartNodeId;
                    rels.Add(r);
                    nodes.Add(
                        r is EngineRelationship er ? new EngineNode(nextId, er.View) : (CypherNode)row[nodeSlots[i + 1]]
                    );
                }
                if (row[nodeSlots[i + 1]] is CypherNode end)
                {
                    nodes[^1] = end;
                }
            }
            return new CypherPath(nodes, rels);
        };

    private static (string Label, string Key, Expression Value, SeekMode Mode, Expression? Consumed)? FindSeek(
        NodePattern node,
        PatternState state
    )
    {
        if (node.Labels is null || FirstLabel(node.Labels) is not { } label)
        {
            return null;
        }
        if (node.Properties is MapLiteral map)
        {
            foreach (var e in map.Entries)
            {
                if (DependsOnlyOnScope(e.Value, state.Scope))
                {
                    return (label, e.Key, e.Value, SeekMode.Equal, null);
                }
            }
        }
        if (node.Variable is null)
        {
            return null;
        }
        foreach (var c in state.Conjuncts)
        {
            if (c is BinaryExpression { Operator: BinaryOperator.Equal or BinaryOperator.StartsWith } b)
            {
                if (
                    b.Left is PropertyLookup { Subject: Variable v } pl
                    && string.Equals(v.Name, node.Variable.Name, StringComparison.Ordinal)
                    && DependsOnlyOnScope(b.Right, state.Scope)
                )
                {
                    return (
                        label,
                        pl.Property,
                        b.Right,
                        b.Operator == BinaryOperator.StartsWith ? SeekMode.StartsWith : SeekMode.Equal,
                        c
                    );
                }
                if (
                    b.Operator == BinaryOperator.Equal
                    && b.Right is PropertyLookup { Subject: Variable v2 } pr
                    && string.Equals(v2.Name, node.Variable.Name, StringComparison.Ordinal)
                    && DependsOnlyOnScope(b.Left, state.Scope)
                )
                {
                    return (label, pr.Property, b.Left, SeekMode.Equal, c);
                }
            }
        }
        // CONTAINS last: an index scan for a substring beats reading every node's properties
        foreach (var c in state.Conjuncts)
        {
            if (
                c is BinaryExpression { Operator: BinaryOperator.Contains } b
                && b.Left is PropertyLookup { Subject: Variable v } pl
                && string.Equals(v.Name, node.Variable.Name, StringComparison.Ordinal)
                && DependsOnlyOnScope(b.Right, state.Scope)
            )
            {
                return (label, pl.Property, b.Right, SeekMode.Contains, c);
            }
        }
        return null;
    }

    private static bool DependsOnlyOnScope(Expression e, Scope scope)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        CollectVariables(e, names);
        return names.All(scope.Contains);
    }

    private PlanNode BindNode(
        NodePattern node,
        PlanNode current,
        PatternState state,
        (string Label, string Key, Expression Value, SeekMode Mode, Expression? Consumed)? seek,
        out int slot
    )
    {
        var scope = state.Scope;
        var name = node.Variable?.Name ?? NewAnonymous("node");
        string? scanLabel = null;
        if (scope.TryGet(name, out slot))
        {
            // already bound: only the pattern's constraints remain
        }
        else
        {
            slot = _slots.New(name);
            if (seek is { } s)
            {
                var value = Compile(s.Value, scope);
                current = new NodeIndexSeekNode(current, slot, name, s.Label, s.Key, value, s.Mode, Text(s.Value));
                scanLabel = s.Label;
                if (s.Consumed is not null && s.Mode != SeekMode.Equal)
                {
                    // STARTS WITH / CONTAINS seeks are exact on both paths (index or label scan), so the
                    // conjunct needs no re-check; equality keeps it (the fallback scan relies on it)
                    state.Conjuncts.Remove(s.Consumed);
                }
            }
            else
            {
                scanLabel = node.Labels is null ? null : FirstLabel(node.Labels);
                current = new NodeScanNode(current, slot, name, scanLabel);
            }
            scope.Bind(name, slot);
        }
        current = NodeConstraints(node, slot, scanLabel, current, state);
        return ApplyReadyFilters(current, state);
    }

    /// <summary>Filters for a node's labels, property map and inline WHERE (minus what the scan already guarantees).</summary>
    private PlanNode NodeConstraints(
        NodePattern node,
        int slot,
        string? scanLabel,
        PlanNode current,
        PatternState state
    )
    {
        if (
            node.Labels is not null
            && !(node.Labels is LabelName ln && string.Equals(ln.Name, scanLabel, StringComparison.Ordinal))
        )
        {
            var test = LabelTest(node.Labels);
            current = new FilterNode(
                current,
                (row, ctx) =>
                    row[slot] switch
                    {
                        EngineNode n => CypherBoolean.Of(test(l => n.Load().NodeHasLabel(n.Id, l))),
                        CypherNode n => CypherBoolean.Of(test(l => n.Labels.Contains(l, StringComparer.Ordinal))),
                        _ => CypherBoolean.False,
                    },
                Text(node.Labels)
            );
        }
        if (node.Properties is not null)
        {
            current = PropertyMapFilter(node.Properties, slot, current, state.Scope);
        }
        if (node.Where is not null)
        {
            current = new FilterNode(current, Compile(node.Where, state.Scope), Text(node.Where));
        }
        return current;
    }

    private PlanNode PropertyMapFilter(Expression properties, int slot, PlanNode current, Scope scope)
    {
        var predicate = PropertyMapPredicate(properties, slot, scope);
        return new FilterNode(current, predicate, Text(properties));
    }

    /// <summary>True when the entity in <paramref name="slot"/> has every property of the map with an equal value.</summary>
    private Evaluator PropertyMapPredicate(Expression properties, int slot, Scope scope)
    {
        if (properties is MapLiteral map)
        {
            var keys = map.Entries.Select(e => e.Key).ToArray();
            var values = map.Entries.Select(e => Compile(e.Value, scope)).ToArray();
            return (row, ctx) =>
            {
                var entity = row[slot];
                for (var i = 0; i < keys.Length; i++)
                {
                    if (ValueSemantics.Equal(Property(entity, keys[i], ctx), values[i](row, ctx)) != true)
                    {
                        return CypherBoolean.False;
                    }
                }
                return CypherBoolean.True;
            };
        }
        var mapValue = Compile(properties, scope);
        return (row, ctx) =>
        {
            var entity = row[slot];
            if (mapValue(row, ctx) is not CypherMap m)
            {
                return CypherBoolean.False;
            }
            foreach (var (k, v) in m)
            {
                if (ValueSemantics.Equal(Property(entity, k, ctx), v) != true)
                {
                    return CypherBoolean.False;
                }
            }
            return CypherBoolean.True;
        };
    }

    private PlanNode PlanStep(
        RelationshipPattern rel,
        int fromSlot,
        NodePattern toNode,
        bool reverse,
        PlanNode current,
        PatternState state,
        out int relSlot,
        out int toSlot
    )
    {
        var scope = state.Scope;
        var direction = rel.Direction switch
        {
            RelationshipDirection.Outgoing => reverse ? ExpandDirection.Incoming : ExpandDirection.Outgoing,
            RelationshipDirection.Incoming => reverse ? ExpandDirection.Outgoing : ExpandDirection.Incoming,
            _ => ExpandDirection.Both,
        };
        var typePredicate = rel.Types is null ? null : RelationshipTypePredicate(rel.Types);
        var types = rel.Types is null || typePredicate is not null ? null : RelationshipTypes(rel.Types);
        var toName = toNode.Variable?.Name ?? NewAnonymous("node");
        var into = scope.TryGet(toName, out toSlot);
        if (!into)
        {
            toSlot = _slots.New(toName);
        }
        var relName = rel.Variable?.Name ?? NewAnonymous("rel");
        var relBound = scope.TryGet(relName, out var boundRelSlot);
        relSlot = relBound ? _slots.New(NewAnonymous("rel")) : _slots.New(relName);
        var text =
            "("
            + _slots.NameOf(fromSlot).Trim()
            + ")"
            + (direction == ExpandDirection.Incoming ? "<-" : "-")
            + "["
            + relName.Trim()
            + (
                typePredicate is not null ? ":" + Text(rel.Types!)
                : types is null ? string.Empty
                : ":" + string.Join("|", types)
            )
            + (rel.Length is null ? string.Empty : "*")
            + "]"
            + (direction == ExpandDirection.Outgoing ? "->" : "-")
            + "("
            + toName.Trim()
            + ")";
        var spec = new ExpandSpec(fromSlot, relSlot, toSlot, direction, types, into, [.. state.RelationshipSlots], text)
        {
            TypePredicate = typePredicate,
        };
        if (rel.Length is null)
        {
            current = new ExpandNode(current, spec);
            if (rel.Properties is not null)
            {
                current = PropertyMapFilter(rel.Properties, relSlot, current, scope);
            }
        }
        else
        {
            var min = rel.Length.Min ?? 1;
            var max = rel.Length.Max ?? long.MaxValue;
            Evaluator? relFilter = null;
            var temp = -1;
            if (rel.Properties is not null)
            {
                temp = _slots.New(NewAnonymous("hop"));
                relFilter = PropertyMapPredicate(rel.Properties, temp, scope);
            }
            current = new VarLengthExpandNode(current, spec, min, max, temp, relFilter);
            if (reverse)
            {
                // expanded from the far end: keep the list in pattern order
                var listSlot = relSlot;
                current = new ProjectionNode(
                    current,
                    [
                        new SlotEvaluator(
                            listSlot,
                            (row, _) =>
                                row[listSlot] is CypherList l ? CypherList.Wrap([.. l.Reverse()]) : row[listSlot]
                        ),
                    ],
                    string.Empty
                );
            }
        }
        state.RelationshipSlots.Add(relSlot);
        if (relBound)
        {
            var bound = boundRelSlot;
            var mine = relSlot;
            current = new FilterNode(current, (row, _) => CypherBoolean.Of(row[bound].Equals(row[mine])), relName);
        }
        else
        {
            scope.Bind(relName, relSlot);
        }
        if (rel.Where is not null)
        {
            current = new FilterNode(current, Compile(rel.Where, scope), Text(rel.Where));
        }
        if (!into)
        {
            scope.Bind(toName, toSlot);
        }
        current = NodeConstraints(toNode, toSlot, null, current, state);
        return ApplyReadyFilters(current, state);
    }

    /// <summary>
    /// For a relationship type expression other than <c>T</c> or <c>T1|T2|…</c> (Neo4j 5's <c>!T</c>, <c>T1&amp;T2</c>,
    /// <c>%</c>, parentheses), the test on a type name; null for the plain forms. A relationship has one type,
    /// so <c>A&amp;B</c> matches nothing and <c>!A</c> every type but A.
    /// </summary>
    private static Func<string, bool>? RelationshipTypePredicate(LabelExpression types)
    {
        static bool Plain(LabelExpression e) => e is LabelName || (e is LabelDisjunction d && d.Operands.All(Plain));
        if (Plain(types))
        {
            return null;
        }
        var test = LabelTest(types);
        return name => test(t => string.Equals(t, name, StringComparison.Ordinal));
    }

    private static List<string> RelationshipTypes(LabelExpression types)
    {
        var list = new List<string>();
        void Walk(LabelExpression e)
        {
            switch (e)
            {
                case LabelName n:
                    list.Add(n.Name);
                    break;
                case LabelDisjunction d:
                    foreach (var o in d.Operands)
                    {
                        Walk(o);
                    }
                    break;
                default:
                    throw new Graph.Errors.CypherSyntaxException(
                        "Relationship type expressions other than T or T1|T2 are not supported by the embedded engine."
                    );
            }
        }
        Walk(types);
        return list;
    }

    /// <summary>Adds filters for every conjunct whose variables are now all bound.</summary>
    private PlanNode ApplyReadyFilters(PlanNode current, PatternState state)
    {
        for (var i = 0; i < state.Conjuncts.Count; i++)
        {
            var c = state.Conjuncts[i];
            var names = new HashSet<string>(StringComparer.Ordinal);
            CollectVariables(c, names);
            if (names.All(state.Scope.Contains))
            {
                current = new FilterNode(current, Compile(c, state.Scope), Text(c)) { Source = c };
                state.Conjuncts.RemoveAt(i);
                i--;
            }
        }
        return current;
    }
}
