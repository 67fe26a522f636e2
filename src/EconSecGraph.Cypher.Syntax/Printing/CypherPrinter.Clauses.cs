using System.Globalization;
using System.Text;
using EconSecGraph.Cypher.Syntax.Ast;

namespace EconSecGraph.Cypher.Syntax.Printing;

public static partial class CypherPrinter
{
    private static void WriteClause(StringBuilder sb, Clause clause)
    {
        switch (clause)
        {
            case MatchClause m:
                sb.Append(m.Optional ? "OPTIONAL MATCH " : "MATCH ");
                WritePattern(sb, m.Pattern);
                Where(sb, m.Where);
                break;
            case UnwindClause u:
                sb.Append("UNWIND ");
                WriteExpression(sb, u.Expression);
                sb.Append(" AS ");
                Name(sb, u.Variable.Name);
                break;
            case WithClause w:
                sb.Append("WITH ");
                WriteProjection(sb, w.Projection);
                Where(sb, w.Where);
                break;
            case ReturnClause r:
                sb.Append("RETURN ");
                WriteProjection(sb, r.Projection);
                break;
            case CreateClause c:
                sb.Append("CREATE ");
                WritePattern(sb, c.Pattern);
                break;
            case MergeClause m:
                sb.Append("MERGE ");
                WritePatternPart(sb, m.Pattern);
                foreach (var action in m.Actions)
                {
                    sb.Append(action.Kind == MergeActionKind.OnCreate ? " ON CREATE SET " : " ON MATCH SET ");
                    WriteSetItems(sb, action.Items);
                }
                break;
            case SetClause s:
                sb.Append("SET ");
                WriteSetItems(sb, s.Items);
                break;
            case RemoveClause r:
                sb.Append("REMOVE ");
                for (var i = 0; i < r.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }
                    switch (r.Items[i])
                    {
                        case RemovePropertyItem p:
                            WriteExpression(sb, p.Property);
                            break;
                        case RemoveLabelsItem l:
                            Name(sb, l.Variable.Name);
                            LabelList(sb, l.Labels);
                            break;
                        default:
                            throw new InvalidOperationException("Unknown REMOVE item");
                    }
                }
                break;
            case DeleteClause d:
                sb.Append(d.Detach ? "DETACH DELETE " : "DELETE ");
                List(sb, d.Expressions);
                break;
            case ForeachClause f:
                sb.Append("FOREACH (");
                Name(sb, f.Variable.Name);
                sb.Append(" IN ");
                WriteExpression(sb, f.List);
                sb.Append(" |");
                foreach (var inner in f.Clauses)
                {
                    sb.Append(' ');
                    WriteClause(sb, inner);
                }
                sb.Append(')');
                break;
            case CallProcedureClause call:
                sb.Append(call.Optional ? "OPTIONAL CALL " : "CALL ");
                foreach (var ns in call.Namespace)
                {
                    Name(sb, ns);
                    sb.Append('.');
                }
                Name(sb, call.Name);
                if (call.Arguments is not null)
                {
                    sb.Append('(');
                    List(sb, call.Arguments);
                    sb.Append(')');
                }
                if (call.Yield is not null)
                {
                    sb.Append(' ');
                    WriteYield(sb, call.Yield);
                }
                break;
            case CallSubqueryClause sub:
                sb.Append(sub.Optional ? "OPTIONAL CALL " : "CALL ");
                if (sub.ImportAll)
                {
                    sb.Append("(*) ");
                }
                else if (sub.ImportedVariables is not null)
                {
                    sb.Append('(');
                    List(sb, sub.ImportedVariables);
                    sb.Append(") ");
                }
                sb.Append("{ ");
                WriteQuery(sb, sub.Query);
                sb.Append(" }");
                if (sub.InTransactions is { } tx)
                {
                    sb.Append(" IN ");
                    if (tx.Concurrency is not null and not NullLiteral)
                    {
                        WriteExpression(sb, tx.Concurrency);
                        sb.Append(' ');
                    }
                    if (tx.Concurrency is not null)
                    {
                        sb.Append("CONCURRENT ");
                    }
                    sb.Append("TRANSACTIONS");
                    if (tx.BatchSize is not null)
                    {
                        sb.Append(" OF ");
                        WriteExpression(sb, tx.BatchSize);
                        sb.Append(" ROWS");
                    }
                    if (tx.OnError != InTransactionsErrorMode.Fail)
                    {
                        sb.Append(
                            tx.OnError == InTransactionsErrorMode.Continue ? " ON ERROR CONTINUE" : " ON ERROR BREAK"
                        );
                    }
                    if (tx.ReportStatus is not null)
                    {
                        sb.Append(" REPORT STATUS AS ");
                        Name(sb, tx.ReportStatus.Name);
                    }
                }
                break;
            case LoadCsvClause l:
                sb.Append(l.WithHeaders ? "LOAD CSV WITH HEADERS FROM " : "LOAD CSV FROM ");
                WriteExpression(sb, l.Source);
                sb.Append(" AS ");
                Name(sb, l.Variable.Name);
                if (l.FieldTerminator is not null)
                {
                    sb.Append(" FIELDTERMINATOR ");
                    WriteString(sb, l.FieldTerminator);
                }
                break;
            case UseClause u:
                sb.Append("USE ");
                WriteExpression(sb, u.Graph);
                break;
            case FinishClause:
                sb.Append("FINISH");
                break;
            default:
                throw new InvalidOperationException("Unknown clause " + clause.GetType().Name);
        }
    }

    private static void Where(StringBuilder sb, Expression? where)
    {
        if (where is not null)
        {
            sb.Append(" WHERE ");
            WriteExpression(sb, where);
        }
    }

    private static void LabelList(StringBuilder sb, IReadOnlyList<string> labels)
    {
        foreach (var label in labels)
        {
            sb.Append(':');
            Name(sb, label);
        }
    }

    private static void WriteSetItems(StringBuilder sb, IReadOnlyList<SetItem> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }
            switch (items[i])
            {
                case SetPropertyItem p:
                    WriteExpression(sb, p.Property);
                    sb.Append(" = ");
                    WriteExpression(sb, p.Value);
                    break;
                case SetPropertiesItem p:
                    WriteExpression(sb, p.Target);
                    sb.Append(p.Merge ? " += " : " = ");
                    WriteExpression(sb, p.Value);
                    break;
                case SetLabelsItem l:
                    Name(sb, l.Variable.Name);
                    LabelList(sb, l.Labels);
                    break;
                default:
                    throw new InvalidOperationException("Unknown SET item");
            }
        }
    }

    private static void WriteProjection(StringBuilder sb, ProjectionBody projection)
    {
        if (projection.Distinct)
        {
            sb.Append("DISTINCT ");
        }
        var first = true;
        if (projection.IncludeExisting)
        {
            sb.Append('*');
            first = false;
        }
        foreach (var item in projection.Items)
        {
            if (!first)
            {
                sb.Append(", ");
            }
            first = false;
            WriteExpression(sb, item.Expression);
            if (item.Alias is not null)
            {
                sb.Append(" AS ");
                Name(sb, item.Alias.Name);
            }
        }
        WriteOrderSkipLimit(sb, projection.OrderBy, projection.Skip, projection.Limit);
    }

    private static void WriteOrderSkipLimit(
        StringBuilder sb,
        IReadOnlyList<SortItem> orderBy,
        Expression? skip,
        Expression? limit
    )
    {
        if (orderBy.Count > 0)
        {
            sb.Append(" ORDER BY ");
            for (var i = 0; i < orderBy.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }
                WriteExpression(sb, orderBy[i].Expression);
                if (orderBy[i].Descending)
                {
                    sb.Append(" DESC");
                }
            }
        }
        if (skip is not null)
        {
            sb.Append(" SKIP ");
            WriteExpression(sb, skip);
        }
        if (limit is not null)
        {
            sb.Append(" LIMIT ");
            WriteExpression(sb, limit);
        }
    }

    private static void WriteYield(StringBuilder sb, YieldClause yield)
    {
        sb.Append("YIELD ");
        if (yield.All)
        {
            sb.Append('*');
        }
        for (var i = 0; i < yield.Items.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }
            Name(sb, yield.Items[i].Field);
            if (yield.Items[i].Alias is { } alias)
            {
                sb.Append(" AS ");
                Name(sb, alias.Name);
            }
        }
        WriteOrderSkipLimit(sb, yield.OrderBy, yield.Skip, yield.Limit);
        Where(sb, yield.Where);
    }

    private static void WritePattern(StringBuilder sb, Pattern pattern)
    {
        for (var i = 0; i < pattern.Parts.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }
            WritePatternPart(sb, pattern.Parts[i]);
        }
    }

    private static void WritePatternPart(StringBuilder sb, PatternPart part)
    {
        if (part.Variable is not null)
        {
            Name(sb, part.Variable.Name);
            sb.Append(" = ");
        }
        switch (part.Selector)
        {
            case PathSelector.ShortestPath:
                sb.Append("shortestPath(");
                WriteElement(sb, part.Element);
                sb.Append(')');
                break;
            case PathSelector.AllShortestPaths:
                sb.Append("allShortestPaths(");
                WriteElement(sb, part.Element);
                sb.Append(')');
                break;
            default:
                WriteElement(sb, part.Element);
                break;
        }
    }

    private static void WriteElement(StringBuilder sb, PatternElement element)
    {
        WriteNode(sb, element.Start);
        foreach (var step in element.Steps)
        {
            var r = step.Relationship;
            sb.Append(r.Direction == RelationshipDirection.Incoming ? "<-" : "-");
            if (
                r.Variable is not null
                || r.Types is not null
                || r.Length is not null
                || r.Properties is not null
                || r.Where is not null
            )
            {
                sb.Append('[');
                var needSpace = false;
                if (r.Variable is not null)
                {
                    Name(sb, r.Variable.Name);
                }
                if (r.Types is not null)
                {
                    sb.Append(':');
                    WriteLabels(sb, r.Types);
                }
                if (r.Length is { } length)
                {
                    sb.Append('*');
                    if (length.Min is not null && length.Min == length.Max)
                    {
                        sb.Append(length.Min.Value.ToString(CultureInfo.InvariantCulture));
                    }
                    else if (length.Min is not null || length.Max is not null)
                    {
                        if (length.Min is not null)
                        {
                            sb.Append(length.Min.Value.ToString(CultureInfo.InvariantCulture));
                        }
                        sb.Append("..");
                        if (length.Max is not null)
                        {
                            sb.Append(length.Max.Value.ToString(CultureInfo.InvariantCulture));
                        }
                    }
                    needSpace = true;
                }
                if (r.Properties is not null)
                {
                    sb.Append(' ');
                    WriteExpression(sb, r.Properties);
                }
                if (r.Where is not null)
                {
                    sb.Append(" WHERE ");
                    WriteExpression(sb, r.Where);
                }
                _ = needSpace;
                sb.Append(']');
            }
            sb.Append(r.Direction == RelationshipDirection.Outgoing ? "->" : "-");
            WriteNode(sb, step.Node);
        }
    }

    private static void WriteNode(StringBuilder sb, NodePattern node)
    {
        sb.Append('(');
        if (node.Variable is not null)
        {
            Name(sb, node.Variable.Name);
        }
        if (node.Labels is not null)
        {
            sb.Append(':');
            WriteLabels(sb, node.Labels);
        }
        if (node.Properties is not null)
        {
            sb.Append(' ');
            WriteExpression(sb, node.Properties);
        }
        if (node.Where is not null)
        {
            sb.Append(" WHERE ");
            WriteExpression(sb, node.Where);
        }
        sb.Append(')');
    }

    private static void WriteLabels(StringBuilder sb, LabelExpression labels)
    {
        switch (labels)
        {
            case LabelName n:
                Name(sb, n.Name);
                break;
            case LabelWildcard:
                sb.Append('%');
                break;
            case LabelNegation neg:
                sb.Append('!');
                LabelOperand(sb, neg.Operand);
                break;
            case LabelConjunction and:
                for (var i = 0; i < and.Operands.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append('&');
                    }
                    LabelOperand(sb, and.Operands[i]);
                }
                break;
            case LabelDisjunction or:
                for (var i = 0; i < or.Operands.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append('|');
                    }
                    LabelOperand(sb, or.Operands[i]);
                }
                break;
            default:
                throw new InvalidOperationException("Unknown label expression");
        }
    }

    private static void LabelOperand(StringBuilder sb, LabelExpression labels)
    {
        if (labels is LabelConjunction or LabelDisjunction)
        {
            sb.Append('(');
            WriteLabels(sb, labels);
            sb.Append(')');
        }
        else
        {
            WriteLabels(sb, labels);
        }
    }
}
