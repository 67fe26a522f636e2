using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using EconSecGraph.Cypher.Syntax.Ast;

namespace EconSecGraph.Cypher.Syntax.Tests;

/// <summary>Writes a syntax tree as indented JSON (by reflection over the node records), with or without spans.</summary>
public static class AstJson
{
    public static string Write(AstNode node, bool includeSpans)
    {
        var sb = new StringBuilder();
        WriteValue(sb, node, includeSpans, 0);
        sb.Append('\n');
        return sb.ToString();
    }

    private static void WriteValue(StringBuilder sb, object? value, bool spans, int indent)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                return;
            case string s:
                WriteString(sb, s);
                return;
            case bool b:
                sb.Append(b ? "true" : "false");
                return;
            case long l:
                sb.Append(l.ToString(CultureInfo.InvariantCulture));
                return;
            case double d:
                WriteString(sb, d.ToString("R", CultureInfo.InvariantCulture));
                return;
            case Enum e:
                WriteString(sb, e.ToString());
                return;
            case SourceSpan span:
                sb.Append('[')
                    .Append(span.Start.ToString(CultureInfo.InvariantCulture))
                    .Append(", ")
                    .Append(span.End.ToString(CultureInfo.InvariantCulture))
                    .Append(']');
                return;
            case AstNode node:
                WriteNode(sb, node, spans, indent);
                return;
            case IEnumerable list:
                var items = list.Cast<object?>().ToList();
                if (items.Count == 0)
                {
                    sb.Append("[]");
                    return;
                }
                sb.Append("[\n");
                for (var i = 0; i < items.Count; i++)
                {
                    sb.Append(' ', (indent + 1) * 2);
                    WriteValue(sb, items[i], spans, indent + 1);
                    sb.Append(i < items.Count - 1 ? ",\n" : "\n");
                }
                sb.Append(' ', indent * 2).Append(']');
                return;
            default:
                WriteString(sb, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                return;
        }
    }

    private static void WriteNode(StringBuilder sb, AstNode node, bool spans, int indent)
    {
        var type = node.GetType();
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p =>
                p.GetIndexParameters().Length == 0
                && p.Name != "EqualityContract"
                && p.Name != "FullName"
                && p.Name != "VariableName"
                && p.Name != "Text"
            )
            .Where(p => spans || (p.Name != "Span" && p.Name != "ColumnName"))
            .Where(p => p.DeclaringType != typeof(AstNode) || p.Name == "Span")
            .OrderBy(p => p.Name == "Span" ? 0 : 1)
            .ThenBy(p => p.MetadataToken)
            .ToList();
        sb.Append("{\n");
        sb.Append(' ', (indent + 1) * 2).Append("\"kind\": ");
        WriteString(sb, type.Name);
        foreach (var p in properties)
        {
            sb.Append(",\n");
            sb.Append(' ', (indent + 1) * 2);
            WriteString(sb, char.ToLowerInvariant(p.Name[0]) + p.Name[1..]);
            sb.Append(": ");
            WriteValue(sb, p.GetValue(node), spans, indent + 1);
        }
        sb.Append('\n').Append(' ', indent * 2).Append('}');
    }

    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                default:
                    if (c < 0x20 || char.IsSurrogate(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        sb.Append('"');
    }
}
