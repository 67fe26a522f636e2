using System.Text;

namespace EconSecGraph.Seed.Tests.Export;

/// <summary>Splits a cypher-shell script into statements the way cypher-shell does: at ';' outside quotes and comments.</summary>
internal static class CypherScript
{
    public static List<string> Split(string script)
    {
        var statements = new List<string>();
        var sb = new StringBuilder();
        char? quote = null;
        for (var i = 0; i < script.Length; i++)
        {
            var c = script[i];
            if (quote is { } q)
            {
                sb.Append(c);
                if (c == '\\' && i + 1 < script.Length)
                {
                    sb.Append(script[++i]);
                }
                else if (c == q)
                {
                    quote = null;
                }
                continue;
            }
            if (c == '/' && i + 1 < script.Length && script[i + 1] == '/')
            {
                while (i < script.Length && script[i] != '\n')
                {
                    i++;
                }
                continue;
            }
            if (c is '\'' or '"' or '`')
            {
                quote = c;
            }
            if (c == ';')
            {
                statements.Add(sb.ToString().Trim());
                sb.Clear();
                continue;
            }
            sb.Append(c);
        }
        if (sb.ToString().Trim().Length > 0)
        {
            throw new FormatException("The script ends with a statement without ';': " + sb.ToString().Trim());
        }
        return statements;
    }
}
