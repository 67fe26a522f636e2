using EconSecGraph.Cypher.Syntax.Ast;

namespace EconSecGraph.Cypher.Syntax.Semantics;

internal sealed partial class Analyzer
{
    private enum PatternUse
    {
        Match,
        Create,
        Merge,
        Expression,
    }

    private void AnalyzeMatch(MatchClause match, ScopeBuilder scope)
    {
        var seenRelationships = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in match.Pattern.Parts)
        {
            DeclarePatternPart(part, scope, PatternUse.Match, seenRelationships);
        }
        foreach (var part in match.Pattern.Parts)
        {
            CheckPatternExpressions(part.Element, scope, PatternUse.Match);
        }
        if (match.Where is not null)
        {
            CheckPredicate(match.Where, scope);
        }
    }

    private void AnalyzeCreate(CreateClause create, ScopeBuilder scope)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in create.Pattern.Parts)
        {
            CheckCreatePart(part, scope, PatternUse.Create, seen);
        }
        foreach (var part in create.Pattern.Parts)
        {
            CheckPatternExpressions(part.Element, scope, PatternUse.Create);
        }
    }

    private void AnalyzeMerge(MergeClause merge, ScopeBuilder scope)
    {
        CheckCreatePart(merge.Pattern, scope, PatternUse.Merge, new HashSet<string>(StringComparer.Ordinal));
        CheckPatternExpressions(merge.Pattern.Element, scope, PatternUse.Merge);
        foreach (var action in merge.Actions)
        {
            AnalyzeSetItems(action.Items, scope);
        }
    }

    /// <summary>CREATE and MERGE: everything new must be fully specified; bound nodes may only be referenced.</summary>
    private void CheckCreatePart(PatternPart part, ScopeBuilder scope, PatternUse use, HashSet<string> seen)
    {
        var verb = use == PatternUse.Create ? "CREATE" : "MERGE";
        if (part.Selector != PathSelector.None)
        {
            Error(part, $"{verb} cannot use shortestPath or allShortestPaths", UnexpectedSyntax);
        }
        var element = part.Element;
        var single = element.Steps.Count == 0;
        CheckCreateNode(element.Start, scope, use, single, seen);
        foreach (var step in element.Steps)
        {
            var r = step.Relationship;
            if (r.Variable is { } rv)
            {
                if (scope.TryGet(rv.Name, out _) || !seen.Add(rv.Name))
                {
                    Error(rv, $"Can't create relationship `{rv.Name}`: it is already declared", VariableAlreadyBound);
                    CheckCreateNode(step.Node, scope, use, single: false, seen);
                    continue;
                }
                else
                {
                    scope.Set(new Symbol(rv.Name, VariableKind.Relationship, StaticType.Relationship, rv));
                }
            }
            if (r.Types is not LabelName)
            {
                Error(
                    r,
                    $"Exactly one relationship type must be specified for {verb}. Did you forget to prefix your relationship type with a ':'?",
                    "NoSingleRelationshipType"
                );
            }
            if (use == PatternUse.Create && r.Direction == RelationshipDirection.Undirected)
            {
                Error(r, "Only directed relationships are supported in CREATE", "RequiresDirectedRelationship");
            }
            if (r.Length is not null)
            {
                Error(r, $"Variable length relationships cannot be used in {verb}", "CreatingVarLength");
            }
            if (r.Where is not null)
            {
                Error(r.Where, $"WHERE is not allowed inside a {verb} pattern", UnexpectedSyntax);
            }
            CheckCreateProperties(r.Properties, use);
            CheckCreateNode(step.Node, scope, use, single: false, seen);
        }
        if (part.Variable is { } pv)
        {
            Declare(scope, pv, StaticType.Path);
        }
    }

    private void CheckCreateNode(
        NodePattern node,
        ScopeBuilder scope,
        PatternUse use,
        bool single,
        HashSet<string> seen
    )
    {
        var verb = use == PatternUse.Create ? "CREATE" : "MERGE";
        if (node.Labels is not null && !IsSimpleLabelConjunction(node.Labels))
        {
            Error(
                node.Labels,
                $"Label expressions with |, ! or % cannot be used in {verb}; list the labels as :A:B",
                UnexpectedSyntax
            );
        }
        if (node.Where is not null)
        {
            Error(node.Where, $"WHERE is not allowed inside a {verb} pattern", UnexpectedSyntax);
        }
        CheckCreateProperties(node.Properties, use);
        if (node.Variable is not { } v)
        {
            return;
        }
        var bound = scope.TryGet(v.Name, out var symbol);
        var again = !bound && seen.Contains(v.Name);
        if (bound || again)
        {
            if (bound && Mismatch(symbol.Type, StaticType.Node))
            {
                Error(
                    v,
                    $"Type mismatch: `{v.Name}` defined with conflicting type {TypeName(symbol.Type)} (expected Node)",
                    VariableTypeConflict
                );
            }
            else if (node.Labels is not null || node.Properties is not null || single)
            {
                Error(v, $"Variable `{v.Name}` already declared", VariableAlreadyBound);
            }
            return;
        }
        seen.Add(v.Name);
        scope.Set(new Symbol(v.Name, VariableKind.Node, StaticType.Node, v));
    }

    private void CheckCreateProperties(Expression? properties, PatternUse use)
    {
        if (properties is Parameter && use == PatternUse.Merge)
        {
            Error(
                properties,
                "Parameter maps cannot be used in MERGE patterns (use a literal map, e.g. {name: $name})",
                "InvalidParameterUse"
            );
        }
    }

    private static bool IsSimpleLabelConjunction(LabelExpression labels) =>
        labels switch
        {
            LabelName => true,
            LabelConjunction and => and.Operands.All(o => o is LabelName),
            _ => false,
        };

    /// <summary>MATCH (and pattern expressions): binds new variables, checks kinds of the ones already bound.</summary>
    private void DeclarePatternPart(
        PatternPart part,
        ScopeBuilder scope,
        PatternUse use,
        HashSet<string> seenRelationships
    )
    {
        if (part.Variable is { } pv)
        {
            if (scope.TryGet(pv.Name, out _))
            {
                Error(pv, $"Variable `{pv.Name}` already declared", VariableAlreadyBound);
            }
        }
        if (part.Selector != PathSelector.None && part.Element.Steps.Count != 1)
        {
            Error(part, "shortestPath(...) requires a pattern containing a single relationship", UnexpectedSyntax);
        }
        var boundBefore = part.Variable is { } p0 && scope.TryGet(p0.Name, out _);
        DeclareElement(part.Element, scope, use, seenRelationships);
        if (part.Variable is { } path && !boundBefore)
        {
            if (scope.TryGet(path.Name, out _))
            {
                Error(path, $"Variable `{path.Name}` already declared", VariableAlreadyBound);
            }
            else
            {
                scope.Set(new Symbol(path.Name, VariableKind.Path, StaticType.Path, path));
            }
        }
    }

    private void DeclareElement(
        PatternElement element,
        ScopeBuilder scope,
        PatternUse use,
        HashSet<string> seenRelationships
    )
    {
        DeclareNode(element.Start, scope, use);
        foreach (var step in element.Steps)
        {
            var r = step.Relationship;
            if (r.Properties is Parameter && use == PatternUse.Match)
            {
                Error(
                    r.Properties,
                    "Parameter maps cannot be used in MATCH patterns (use a literal map, e.g. {name: $name})",
                    "InvalidParameterUse"
                );
            }
            if (r.Variable is { } rv)
            {
                var wanted = r.Length is null ? StaticType.Relationship : StaticType.RelationshipList;
                if (!seenRelationships.Add(rv.Name))
                {
                    Error(
                        rv,
                        $"Cannot use the same relationship variable '{rv.Name}' for multiple relationships",
                        "RelationshipUniquenessViolation"
                    );
                }
                else if (scope.TryGet(rv.Name, out var existing))
                {
                    if (Mismatch(existing.Type, wanted == StaticType.RelationshipList ? StaticType.AnyList : wanted))
                    {
                        Error(
                            rv,
                            $"Type mismatch: `{rv.Name}` defined with conflicting type {TypeName(existing.Type)} (expected {TypeName(wanted)})",
                            VariableTypeConflict
                        );
                    }
                    else if (use == PatternUse.Expression)
                    {
                        // Re-using a bound relationship in a pattern predicate is fine.
                    }
                }
                else if (use == PatternUse.Expression)
                {
                    Error(
                        rv,
                        $"PatternExpressions are not allowed to introduce new variables: '{rv.Name}'.",
                        UndefinedVariable
                    );
                }
                else
                {
                    scope.Set(new Symbol(rv.Name, Symbol.KindOf(wanted), wanted, rv));
                }
            }
            DeclareNode(step.Node, scope, use);
        }
    }

    private void DeclareNode(NodePattern node, ScopeBuilder scope, PatternUse use)
    {
        if (node.Properties is Parameter && use == PatternUse.Match)
        {
            Error(
                node.Properties,
                "Parameter maps cannot be used in MATCH patterns (use a literal map, e.g. {name: $name})",
                "InvalidParameterUse"
            );
        }
        if (node.Variable is not { } v)
        {
            return;
        }
        if (scope.TryGet(v.Name, out var existing))
        {
            if (Mismatch(existing.Type, StaticType.Node))
            {
                Error(
                    v,
                    $"Type mismatch: `{v.Name}` defined with conflicting type {TypeName(existing.Type)} (expected Node)",
                    VariableTypeConflict
                );
            }
            return;
        }
        if (use == PatternUse.Expression)
        {
            Error(v, $"PatternExpressions are not allowed to introduce new variables: '{v.Name}'.", UndefinedVariable);
            return;
        }
        scope.Set(new Symbol(v.Name, VariableKind.Node, StaticType.Node, v));
    }

    /// <summary>Checks the property maps and inline WHERE predicates of a pattern once its variables are bound.</summary>
    private void CheckPatternExpressions(PatternElement element, ScopeBuilder scope, PatternUse use)
    {
        CheckNodeExpressions(element.Start, scope);
        foreach (var step in element.Steps)
        {
            var r = step.Relationship;
            if (r.Properties is not null and not Parameter)
            {
                var t = CheckExpression(r.Properties, scope, ExpressionUse.Value);
                if (Mismatch(t, StaticType.Map))
                {
                    Error(r.Properties, $"Type mismatch: expected Map but was {TypeName(t)}", InvalidArgumentType);
                }
            }
            if (r.Where is not null && use is PatternUse.Match or PatternUse.Expression)
            {
                CheckPredicate(r.Where, scope);
            }
            CheckNodeExpressions(step.Node, scope);
        }
    }

    private void CheckNodeExpressions(NodePattern node, ScopeBuilder scope)
    {
        if (node.Properties is not null and not Parameter)
        {
            CheckExpression(node.Properties, scope, ExpressionUse.Value);
        }
        if (node.Where is not null)
        {
            CheckPredicate(node.Where, scope);
        }
    }
}
