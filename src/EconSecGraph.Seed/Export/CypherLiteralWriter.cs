using System.Globalization;
using System.Text;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Seed.Export;

/// <summary>Writes Cypher values as Cypher literals that Neo4j 5 and the embedded engine parse back to the same value.</summary>
public static class CypherLiteralWriter
{
    /// <summary>Appends <paramref name="value"/> as a literal; with <paramref name="asciiOnly"/>, every non-ASCII character is escaped as \uXXXX so the script survives any client charset.</summary>
    public static void Write(StringBuilder sb, CypherValue value, bool asciiOnly)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(value);
        switch (value)
        {
            case CypherNull:
                sb.Append("null");
                break;
            case CypherBoolean b:
                sb.Append(b.Value ? "true" : "false");
                break;
            case CypherInteger i:
                sb.Append(i.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case CypherFloat f:
                var text = f.Value.ToString("R", CultureInfo.InvariantCulture);
                sb.Append(text);
                if (!text.Contains('.', StringComparison.Ordinal) && !text.Contains('E', StringComparison.Ordinal))
                {
                    sb.Append(".0");
                }
                break;
            case CypherString s:
                WriteString(sb, s.Value, asciiOnly);
                break;
            case CypherDate d:
                sb.Append("date(");
                WriteString(sb, d.ToString(), asciiOnly);
                sb.Append(')');
                break;
            case CypherList list:
                sb.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }
                    Write(sb, list[i], asciiOnly);
                }
                sb.Append(']');
                break;
            case CypherMap map:
                sb.Append('{');
                var first = true;
                foreach (var (key, item) in map)
                {
                    if (!first)
                    {
                        sb.Append(", ");
                    }
                    first = false;
                    sb.Append(IsPlainKey(key) ? key : "`" + key.Replace("`", "``", StringComparison.Ordinal) + "`");
                    sb.Append(": ");
                    Write(sb, item, asciiOnly);
                }
                sb.Append('}');
                break;
            default:
                throw new ArgumentException(
                    $"A {value.TypeName} value cannot be written into a seed script.",
                    nameof(value)
                );
        }
    }

    public static string ToLiteral(CypherValue value, bool asciiOnly = false)
    {
        var sb = new StringBuilder();
        Write(sb, value, asciiOnly);
        return sb.ToString();
    }

    private static void WriteString(StringBuilder sb, string s, bool asciiOnly)
    {
        sb.Append('\'');
        foreach (var c in s)
        {
            switch (c)
            {
                case '\'':
                    sb.Append("\\'");
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
                    if (c < ' ' || (asciiOnly && c > '~'))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        sb.Append('\'');
    }

    private static bool IsPlainKey(string key) =>
        key.Length > 0
        && (char.IsAsciiLetter(key[0]) || key[0] == '_')
        && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
