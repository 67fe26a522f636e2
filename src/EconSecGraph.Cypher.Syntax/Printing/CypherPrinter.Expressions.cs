using System.Globalization;
using System.Text;
using EconSecGraph.Cypher.Syntax.Ast;

namespace EconSecGraph.Cypher.Syntax.Printing;

public static partial class CypherPrinter
{
    private static void WriteExpression(StringBuilder sb, Expression expression)
    {
        switch (expression)
        {
            case IntegerLiteral i:
                sb.Append(i.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case FloatLiteral f:
            {
                var text = f.Value.ToString("R", CultureInfo.InvariantCulture);
                if (text.Contains('E', StringComparison.Ordinal) && !text.Contains('.', StringComparison.Ordinal))
                {
                    var e = text.IndexOf('E', StringComparison.Ordinal);
                    text = text[..e] + ".0" + text[e..];
                }
                else if (!text.Contains('.', StringComparison.Ordinal))
                {
                    text += ".0";
                }
                sb.Append(text);
                break;
            }
            case StringLiteral s:
                WriteString(sb, s.Value);
                break;
            case BooleanLiteral b:
                sb.Append(b.Value ? "true" : "false");
                break;
            case NullLiteral:
                sb.Append("null");
                break;
            case ListLiteral list:
                sb.Append('[');
                List(sb, list.Items);
                sb.Append(']');
                break;
            case MapLiteral map:
                WriteMap(sb, map);
                break;
            case Parameter p:
                sb.Append('$');
                if (p.Name.Length > 0 && char.IsAsciiDigit(p.Name[0]))
                {
                    sb.Append(p.Name);
                }
                else
                {
                    Name(sb, p.Name);
                }
                break;
            case Variable v:
                Name(sb, v.Name);
                break;
            case PropertyLookup p:
                Operand(sb, p.Subject);
                sb.Append('.');
                Name(sb, p.Property);
                break;
            case IndexExpression ix:
                Operand(sb, ix.Subject);
                sb.Append('[');
                WriteExpression(sb, ix.Index);
                sb.Append(']');
                break;
            case SliceExpression slice:
                Operand(sb, slice.Subject);
                sb.Append('[');
                if (slice.From is not null)
                {
                    WriteExpression(sb, slice.From);
                }
                sb.Append("..");
                if (slice.To is not null)
                {
                    WriteExpression(sb, slice.To);
                }
                sb.Append(']');
                break;
            case LabelPredicate lp:
                sb.Append('(');
                Operand(sb, lp.Subject);
                sb.Append(':');
                WriteLabels(sb, lp.Labels);
                sb.Append(')');
                break;
            case BinaryExpression b:
                sb.Append('(');
                WriteExpression(sb, b.Left);
                sb.Append(' ').Append(OperatorText(b.Operator)).Append(' ');
                WriteExpression(sb, b.Right);
                sb.Append(')');
                break;
            case UnaryExpression u:
                sb.Append('(');
                sb.Append(
                    u.Operator switch
                    {
                        UnaryOperator.Not => "NOT ",
                        UnaryOperator.Negate => "-",
                        _ => "+",
                    }
                );
                sb.Append('(');
                WriteExpression(sb, u.Operand);
                sb.Append("))");
                break;
            case IsNullExpression n:
                sb.Append('(');
                WriteExpression(sb, n.Operand);
                sb.Append(n.Negated ? " IS NOT NULL)" : " IS NULL)");
                break;
            case FunctionInvocation f:
                foreach (var ns in f.Namespace)
                {
                    Name(sb, ns, keywordsAllowed: true);
                    sb.Append('.');
                }
                Name(sb, f.Name, keywordsAllowed: true);
                sb.Append('(');
                if (f.Distinct)
                {
                    sb.Append("DISTINCT ");
                }
                List(sb, f.Arguments);
                sb.Append(')');
                break;
            case CountStar:
                sb.Append("count(*)");
                break;
            case CaseExpression c:
                sb.Append("CASE");
                if (c.Subject is not null)
                {
                    sb.Append(' ');
                    WriteExpression(sb, c.Subject);
                }
                foreach (var alternative in c.Alternatives)
                {
                    sb.Append(" WHEN ");
                    WriteExpression(sb, alternative.When);
                    sb.Append(" THEN ");
                    WriteExpression(sb, alternative.Then);
                }
                if (c.Else is not null)
                {
                    sb.Append(" ELSE ");
                    WriteExpression(sb, c.Else);
                }
                sb.Append(" END");
                break;
            case ListComprehension lc:
                sb.Append('[');
                Name(sb, lc.Variable.Name);
                sb.Append(" IN ");
                WriteExpression(sb, lc.Source);
                if (lc.Where is not null)
                {
                    sb.Append(" WHERE ");
                    WriteExpression(sb, lc.Where);
                }
                if (lc.Projection is not null)
                {
                    sb.Append(" | ");
                    WriteExpression(sb, lc.Projection);
                }
                sb.Append(']');
                break;
            case PatternComprehension pc:
                sb.Append('[');
                if (pc.PathVariable is not null)
                {
                    Name(sb, pc.PathVariable.Name);
                    sb.Append(" = ");
                }
                WriteElement(sb, pc.Pattern);
                if (pc.Where is not null)
                {
                    sb.Append(" WHERE ");
                    WriteExpression(sb, pc.Where);
                }
                sb.Append(" | ");
                WriteExpression(sb, pc.Projection);
                sb.Append(']');
                break;
            case QuantifierExpression q:
                sb.Append(
                    q.Quantifier switch
                    {
                        Quantifier.All => "all",
                        Quantifier.Any => "any",
                        Quantifier.None => "none",
                        _ => "single",
                    }
                );
                sb.Append('(');
                Name(sb, q.Variable.Name);
                sb.Append(" IN ");
                WriteExpression(sb, q.Source);
                if (q.Where is not null)
                {
                    sb.Append(" WHERE ");
                    WriteExpression(sb, q.Where);
                }
                sb.Append(')');
                break;
            case ReduceExpression r:
                sb.Append("reduce(");
                Name(sb, r.Accumulator.Name);
                sb.Append(" = ");
                WriteExpression(sb, r.Initial);
                sb.Append(", ");
                Name(sb, r.Variable.Name);
                sb.Append(" IN ");
                WriteExpression(sb, r.Source);
                sb.Append(" | ");
                WriteExpression(sb, r.Step);
                sb.Append(')');
                break;
            case ExistsSubquery ex:
                sb.Append("EXISTS ");
                WriteSubquery(sb, ex.Pattern, ex.Where, ex.Query);
                break;
            case CountSubquery cs:
                sb.Append("COUNT ");
                WriteSubquery(sb, cs.Pattern, cs.Where, cs.Query);
                break;
            case CollectSubquery co:
                sb.Append("COLLECT ");
                WriteSubquery(sb, null, null, co.Query);
                break;
            case PatternExpression pe:
                WriteElement(sb, pe.Pattern);
                break;
            case ShortestPathExpression sp:
                WritePatternPart(sb, sp.Pattern);
                break;
            case MapProjection mp:
                Name(sb, mp.Subject.Name);
                sb.Append(" {");
                for (var i = 0; i < mp.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }
                    switch (mp.Items[i])
                    {
                        case PropertySelector ps:
                            sb.Append('.');
                            Name(sb, ps.Property);
                            break;
                        case AllPropertiesSelector:
                            sb.Append(".*");
                            break;
                        case MapProjectionEntry entry:
                            Name(sb, entry.Key);
                            sb.Append(": ");
                            WriteExpression(sb, entry.Value);
                            break;
                        case VariableSelector vs:
                            Name(sb, vs.Variable.Name);
                            break;
                        default:
                            throw new InvalidOperationException("Unknown map projection item");
                    }
                }
                sb.Append('}');
                break;
            default:
                throw new InvalidOperationException("Unknown expression node " + expression.GetType().Name);
        }
    }

    // Postfix subjects need parentheses unless they are atoms.
    private static void Operand(StringBuilder sb, Expression subject)
    {
        var atomic =
            subject
            is Variable
                or Parameter
                or PropertyLookup
                or IndexExpression
                or SliceExpression
                or FunctionInvocation
                or ListLiteral
                or MapLiteral
                or StringLiteral
                or CountStar
                or ListComprehension
                or MapProjection;
        if (!atomic)
        {
            sb.Append('(');
        }
        WriteExpression(sb, subject);
        if (!atomic)
        {
            sb.Append(')');
        }
    }

    private static void WriteSubquery(StringBuilder sb, Pattern? pattern, Expression? where, Query? query)
    {
        sb.Append("{ ");
        if (query is not null)
        {
            WriteQuery(sb, query);
        }
        else if (pattern is not null)
        {
            WritePattern(sb, pattern);
            if (where is not null)
            {
                sb.Append(" WHERE ");
                WriteExpression(sb, where);
            }
        }
        sb.Append(" }");
    }

    private static void WriteMap(StringBuilder sb, MapLiteral map)
    {
        sb.Append('{');
        for (var i = 0; i < map.Entries.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }
            Name(sb, map.Entries[i].Key);
            sb.Append(": ");
            WriteExpression(sb, map.Entries[i].Value);
        }
        sb.Append('}');
    }

    private static void List(StringBuilder sb, IReadOnlyList<Expression> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }
            WriteExpression(sb, items[i]);
        }
    }

    /// <summary>The Cypher spelling of a binary operator.</summary>
    public static string OperatorText(BinaryOperator op) =>
        op switch
        {
            BinaryOperator.Or => "OR",
            BinaryOperator.Xor => "XOR",
            BinaryOperator.And => "AND",
            BinaryOperator.Equal => "=",
            BinaryOperator.NotEqual => "<>",
            BinaryOperator.LessThan => "<",
            BinaryOperator.GreaterThan => ">",
            BinaryOperator.LessThanOrEqual => "<=",
            BinaryOperator.GreaterThanOrEqual => ">=",
            BinaryOperator.RegexMatch => "=~",
            BinaryOperator.StartsWith => "STARTS WITH",
            BinaryOperator.EndsWith => "ENDS WITH",
            BinaryOperator.Contains => "CONTAINS",
            BinaryOperator.In => "IN",
            BinaryOperator.Add => "+",
            BinaryOperator.Subtract => "-",
            BinaryOperator.Multiply => "*",
            BinaryOperator.Divide => "/",
            BinaryOperator.Modulo => "%",
            BinaryOperator.Power => "^",
            BinaryOperator.Concatenate => "||",
            _ => throw new InvalidOperationException("Unknown operator " + op),
        };
}
