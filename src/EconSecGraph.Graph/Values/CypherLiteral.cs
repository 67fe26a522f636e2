using System.Text;

namespace EconSecGraph.Graph.Values;

/// <summary>Renders values inside lists and maps as Cypher literals (strings quoted, keys escaped).</summary>
public static class CypherLiteral
{
    public static string Render(CypherValue value) =>
        value switch
        {
            CypherString s => Quote(s.Value),
            CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime or CypherDuration =>
                Quote(value.ToString()),
            _ => value.ToString(),
        };

    public static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('\'');
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
                    sb.Append(c);
                    break;
            }
        }
        return sb.Append('\'').ToString();
    }

    /// <summary>A map key or identifier, back-quoted when it is not a plain identifier.</summary>
    public static string RenderKey(string key) =>
        IsPlainIdentifier(key) ? key : "`" + key.Replace("`", "``", StringComparison.Ordinal) + "`";

    public static bool IsPlainIdentifier(string s)
    {
        if (s.Length == 0 || !(char.IsLetter(s[0]) || s[0] == '_'))
        {
            return false;
        }
        foreach (var c in s)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }
        return true;
    }
}
