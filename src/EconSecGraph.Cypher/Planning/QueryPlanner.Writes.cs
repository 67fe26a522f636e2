using EconSecGraph.Cypher.Operators;
using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Cypher.Syntax.Ast;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Planning;

internal sealed partial class QueryPlanner
{
    private PlanNode BeforeWrite(PlanNode current, Action recordWrites)
    {
        MarkWrites();
        recordWrites();
        if (_conflicts.HasReads && _conflicts.Conflicts())
        {
            current = new EagerNode(current);
            _conflicts.Reset();
            recordWrites();
        }
        return current;
    }

    private PlanNode PlanCreate(CreateClause c, PlanNode current, Scope scope)
    {
        current = BeforeWrite(current, () => RecordCreateWrites(c.Pattern.Parts));
        var actions = new List<CreateAction>();
        foreach (var part in c.Pattern.Parts)
        {
            CreateActions(part, scope, actions, isMerge: false);
        }
        return new CreateNode(current, actions, Text(c.Pattern));
    }

    private void RecordCreateWrites(IEnumerable<PatternPart> parts)
    {
        foreach (var part in parts)
        {
            foreach (var n in Nodes(part.Element))
            {
                _conflicts.WriteNodes(n.Labels is null ? [] : LabelNames(n.Labels));
                RecordKeyWrites(n.Properties);
            }
            foreach (var s in part.Element.Steps)
            {
                _conflicts.WriteRelationships();
                RecordKeyWrites(s.Relationship.Properties);
            }
        }
    }

    private void RecordKeyWrites(Expression? properties)
    {
        if (properties is MapLiteral m)
        {
            foreach (var e in m.Entries)
            {
                _conflicts.WriteKey(e.Key);
            }
        }
        else if (properties is not null)
        {
            _conflicts.WriteKey(null);
        }
    }

    private static List<string> LabelNames(LabelExpression labels)
    {
        var list = new List<string>();
        void Walk(LabelExpression e)
        {
            switch (e)
            {
                case LabelName n:
                    list.Add(n.Name);
                    break;
                case LabelConjunction c:
                    foreach (var o in c.Operands)
                    {
                        Walk(o);
                    }
                    break;
                default:
                    throw new CypherSyntaxException(
                        "Only plain labels (:A:B or A&B) can be used when creating nodes.",
                        detail: "InvalidLabelExpression"
                    );
            }
        }
        Walk(labels);
        return list;
    }

    /// <summary>Create steps for one pattern part; nodes already in scope are reused.</summary>
    private void CreateActions(PatternPart part, Scope scope, List<CreateAction> actions, bool isMerge)
    {
        var element = part.Element;
        var nodes = Nodes(element).ToList();
        var nodeSlots = new int[nodes.Count];
        var relSlots = new int[element.Steps.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            var n = nodes[i];
            var name = n.Variable?.Name ?? NewAnonymous("node");
            if (scope.TryGet(name, out var existing))
            {
                if (!isMerge && (n.Labels is not null || n.Properties is not null))
                {
                    throw new CypherSyntaxException(
                        "Can't create node `"
                            + name
                            + "` with labels or properties here. The variable is already declared in this context",
                        Position(n),
                        "VariableAlreadyBound"
                    );
                }
                nodeSlots[i] = existing;
                continue;
            }
            var slot = _slots.New(name);
            var labels = n.Labels is null ? [] : LabelNames(n.Labels);
            var props = n.Properties is null ? null : Compile(n.Properties, scope);
            actions.Add(new CreateAction(slot, labels, null, -1, -1, props, null));
            scope.Bind(name, slot);
            nodeSlots[i] = slot;
        }
        for (var i = 0; i < element.Steps.Count; i++)
        {
            var r = element.Steps[i].Relationship;
            var name = r.Variable?.Name ?? NewAnonymous("rel");
            if (scope.Contains(name))
            {
                throw new CypherSyntaxException(
                    "Can't create relationship `" + name + "`: the variable is already declared in this context",
                    Position(r),
                    "VariableAlreadyBound"
                );
            }
            if (r.Types is not LabelName typeName)
            {
                throw new CypherSyntaxException(
                    "Exactly one relationship type must be specified for "
                        + (isMerge ? "MERGE" : "CREATE")
                        + ". Did you forget to prefix your relationship type with a ':'?",
                    Position(r),
                    "NoSingleRelationshipType"
                );
            }
            if (r.Direction == RelationshipDirection.Undirected && !isMerge)
            {
                throw new CypherSyntaxException(
                    "Only directed relationships are supported in CREATE",
                    Position(r),
                    "RequiresDirectedRelationship"
                );
            }
            if (r.Length is not null)
            {
                throw new CypherSyntaxException(
                    "Variable length relationships cannot be used in " + (isMerge ? "MERGE" : "CREATE"),
                    Position(r),
                    "CreatingVarLength"
                );
            }
            var slot = _slots.New(name);
            var props = r.Properties is null ? null : Compile(r.Properties, scope);
            var incoming = r.Direction == RelationshipDirection.Incoming;
            actions.Add(
                new CreateAction(
                    slot,
                    [],
                    typeName.Name,
                    incoming ? nodeSlots[i + 1] : nodeSlots[i],
                    incoming ? nodeSlots[i] : nodeSlots[i + 1],
                    props,
                    null
                )
            );
            scope.Bind(name, slot);
            relSlots[i] = slot;
        }
        if (part.Variable is not null)
        {
            var slot = _slots.New(part.Variable.Name);
            actions.Add(new CreateAction(slot, [], null, -1, -1, null, PathBuilder(nodeSlots, relSlots)));
            scope.Bind(part.Variable.Name, slot);
        }
    }

    private PlanNode PlanMerge(MergeClause m, PlanNode current, Scope scope)
    {
        if (_conflicts.HasWrites)
        {
            // MERGE reads too: it must see every earlier update of the query
            RecordElementReads(m.Pattern.Element);
            if (_conflicts.Conflicts())
            {
                current = new EagerNode(current);
                _conflicts.Reset();
            }
        }
        current = BeforeWrite(
            current,
            () =>
            {
                RecordCreateWrites([m.Pattern]);
                foreach (var a in m.Actions)
                {
                    RecordSetWrites(a.Items);
                }
            }
        );
        RecordElementReads(m.Pattern.Element);
        // A null property value fails when MERGE would create (at runtime, as in Neo4j): see CheckMergeNulls.
        var matchScope = scope.Clone();
        var match = PlanPattern(new Pattern(m.Pattern.Span, [m.Pattern]), null, new ArgumentNode(), matchScope);
        var createScope = scope.Clone();
        var actions = new List<CreateAction>();
        CreateActions(m.Pattern, createScope, actions, isMerge: true);
        // Both branches must bind the same names to the same slots.
        foreach (var name in matchScope.Names)
        {
            if (scope.Contains(name))
            {
                continue;
            }
            matchScope.TryGet(name, out var matchSlot);
            if (createScope.TryGet(name, out var createSlot) && createSlot != matchSlot)
            {
                var from = createSlot;
                actions.Add(new CreateAction(matchSlot, [], null, -1, -1, null, (row, _) => row[from]));
            }
            scope.Bind(name, matchSlot);
        }
        CheckMergeNulls(actions);
        var onMatch = new List<Action<CypherValue[], QueryContext>>();
        var onCreate = new List<Action<CypherValue[], QueryContext>>();
        foreach (var action in m.Actions)
        {
            var steps = SetSteps(action.Items, scope);
            (action.Kind == MergeActionKind.OnMatch ? onMatch : onCreate).AddRange(steps);
        }
        return new MergeNode(current, match, actions, onMatch, onCreate, Text(m.Pattern));
    }

    private static void CheckMergeNulls(List<CreateAction> actions)
    {
        for (var i = 0; i < actions.Count; i++)
        {
            var a = actions[i];
            if (a.Properties is null || a.PathBuilder is not null)
            {
                continue;
            }
            var inner = a.Properties;
            var kind = a.Type is null ? "node" : "relationship";
            actions[i] = a with
            {
                Properties = (row, ctx) =>
                {
                    var value = inner(row, ctx);
                    if (value is CypherMap map)
                    {
                        foreach (var (k, v) in map)
                        {
                            if (v.IsNull)
                            {
                                throw new CypherSemanticException(
                                    "Cannot merge the following "
                                        + kind
                                        + " because of null property value for '"
                                        + k
                                        + "'",
                                    detail: "MergeReadOwnWrites"
                                );
                            }
                        }
                    }
                    return value;
                },
            };
        }
    }

    private void RecordSetWrites(IEnumerable<SetItem> items)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case SetPropertyItem p:
                    _conflicts.WriteKey(p.Property.Property);
                    break;
                case SetPropertiesItem:
                    _conflicts.WriteKey(null);
                    break;
                case SetLabelsItem l:
                    _conflicts.WriteNodes(l.Labels);
                    break;
            }
        }
    }

    private PlanNode PlanSet(SetClause s, PlanNode current, Scope scope)
    {
        current = BeforeWrite(current, () => RecordSetWrites(s.Items));
        return new UpdateNode(current, SetSteps(s.Items, scope), "SetProperty", Text(s));
    }

    private List<Action<CypherValue[], QueryContext>> SetSteps(IEnumerable<SetItem> items, Scope scope)
    {
        var steps = new List<Action<CypherValue[], QueryContext>>();
        foreach (var item in items)
        {
            switch (item)
            {
                case SetPropertyItem p:
                {
                    var target = Compile(p.Property.Subject, scope);
                    var key = p.Property.Property;
                    var value = Compile(p.Value, scope);
                    steps.Add((row, ctx) => GraphWrites.SetProperty(target(row, ctx), key, value(row, ctx), ctx));
                    break;
                }
                case SetPropertiesItem p:
                {
                    var target = Compile(p.Target, scope);
                    var value = Compile(p.Value, scope);
                    var merge = p.Merge;
                    steps.Add((row, ctx) => GraphWrites.SetProperties(target(row, ctx), value(row, ctx), merge, ctx));
                    break;
                }
                case SetLabelsItem l:
                {
                    var target = Compile(l.Variable, scope);
                    var labels = l.Labels;
                    steps.Add((row, ctx) => GraphWrites.SetLabels(target(row, ctx), labels, ctx));
                    break;
                }
            }
        }
        return steps;
    }

    private PlanNode PlanRemove(RemoveClause r, PlanNode current, Scope scope)
    {
        current = BeforeWrite(
            current,
            () =>
            {
                foreach (var item in r.Items)
                {
                    if (item is RemovePropertyItem p)
                    {
                        _conflicts.WriteKey(p.Property.Property);
                    }
                    else if (item is RemoveLabelsItem l)
                    {
                        _conflicts.WriteNodes(l.Labels);
                    }
                }
            }
        );
        var steps = new List<Action<CypherValue[], QueryContext>>();
        foreach (var item in r.Items)
        {
            switch (item)
            {
                case RemovePropertyItem p:
                {
                    var target = Compile(p.Property.Subject, scope);
                    var key = p.Property.Property;
                    steps.Add((row, ctx) => GraphWrites.RemoveProperty(target(row, ctx), key, ctx));
                    break;
                }
                case RemoveLabelsItem l:
                {
                    var target = Compile(l.Variable, scope);
                    var labels = l.Labels;
                    steps.Add((row, ctx) => GraphWrites.RemoveLabels(target(row, ctx), labels, ctx));
                    break;
                }
            }
        }
        return new UpdateNode(current, steps, "RemoveLabels", Text(r));
    }

    private PlanNode PlanDelete(DeleteClause d, PlanNode current, Scope scope)
    {
        current = BeforeWrite(current, _conflicts.Delete);
        var targets = d.Expressions.Select(e => Compile(e, scope)).ToList();
        return new DeleteNode(current, targets, d.Detach, string.Join(", ", d.Expressions.Select(Text)));
    }

    private PlanNode PlanForeach(ForeachClause f, PlanNode current, Scope scope)
    {
        MarkWrites();
        var list = Compile(f.List, scope);
        var inner = scope.Clone();
        var slot = _slots.New(f.Variable.Name);
        inner.Bind(f.Variable.Name, slot);
        PlanNode body = new ArgumentNode();
        var (plan, _) = PlanSingle(new SingleQuery(f.Span, f.Clauses), inner, body, null);
        current = new EagerNode(current);
        _conflicts.Reset();
        return new ForeachNode(current, plan, list, slot, Text(f.List));
    }
}
