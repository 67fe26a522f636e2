using System.Globalization;
using System.Text;
using EconSecGraph.Cypher.Syntax.Ast;

namespace EconSecGraph.Cypher.Syntax.Printing;

/// <summary>
/// Prints a syntax tree as canonical Cypher: upper-case keywords, every compound expression parenthesised,
/// names backtick-quoted when needed. Parsing the output gives the same tree (apart from spans).
/// </summary>
public static partial class CypherPrinter
{
    public static string Print(AstNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var sb = new StringBuilder();
        Write(sb, node);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, AstNode node)
    {
        switch (node)
        {
            case CypherStatement s:
                if (s.Mode != StatementMode.Execute)
                {
                    sb.Append(s.Mode == StatementMode.Explain ? "EXPLAIN " : "PROFILE ");
                }
                Write(sb, s.Body);
                break;
            case Expression e:
                WriteExpression(sb, e);
                break;
            case Clause c:
                WriteClause(sb, c);
                break;
            case Query q:
                WriteQuery(sb, q);
                break;
            case SchemaCommand command:
                WriteSchema(sb, command);
                break;
            case Pattern p:
                WritePattern(sb, p);
                break;
            case PatternPart part:
                WritePatternPart(sb, part);
                break;
            case PatternElement element:
                WriteElement(sb, element);
                break;
            case LabelExpression labels:
                WriteLabels(sb, labels);
                break;
            default:
                throw new InvalidOperationException(
                    "The printer cannot print a " + node.GetType().Name + " on its own"
                );
        }
    }

    private static void WriteQuery(StringBuilder sb, Query query)
    {
        switch (query)
        {
            case SingleQuery single:
                for (var i = 0; i < single.Clauses.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(' ');
                    }
                    WriteClause(sb, single.Clauses[i]);
                }
                break;
            case UnionQuery union:
                WriteQuery(sb, union.Left);
                sb.Append(union.All ? " UNION ALL " : " UNION ");
                WriteQuery(sb, union.Right);
                break;
            default:
                throw new InvalidOperationException("Unknown query node " + query.GetType().Name);
        }
    }

    internal static void Name(StringBuilder sb, string name, bool keywordsAllowed = false)
    {
        if (IsPlainName(name, keywordsAllowed))
        {
            sb.Append(name);
            return;
        }
        sb.Append('`').Append(name.Replace("`", "``", StringComparison.Ordinal)).Append('`');
    }

    private static readonly HashSet<string> s_quotedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "TRUE",
        "FALSE",
        "NULL",
        "NOT",
        "AND",
        "OR",
        "XOR",
        "IN",
        "IS",
        "STARTS",
        "ENDS",
        "CONTAINS",
        "CASE",
        "WHEN",
        "THEN",
        "ELSE",
        "END",
        "AS",
        "WHERE",
        "COUNT",
        "EXISTS",
        "COLLECT",
        "ALL",
        "ANY",
        "NONE",
        "SINGLE",
        "REDUCE",
        "SHORTESTPATH",
        "ALLSHORTESTPATHS",
        "DISTINCT",
        "ORDER",
        "SKIP",
        "LIMIT",
        "OFFSET",
        "UNION",
        "RETURN",
        "WITH",
        "MATCH",
        "OPTIONAL",
        "CREATE",
        "MERGE",
        "SET",
        "REMOVE",
        "DELETE",
        "DETACH",
        "NODETACH",
        "FOREACH",
        "CALL",
        "YIELD",
        "LOAD",
        "USE",
        "FINISH",
        "UNWIND",
        "ON",
        "USING",
        "SHORTEST",
        "ASC",
        "DESC",
        "ASCENDING",
        "DESCENDING",
        "BY",
        "IF",
        "FOR",
        "REQUIRE",
        "OPTIONS",
        "EACH",
        "GRAPH",
    };

    private static bool IsPlainName(string name, bool keywordsAllowed)
    {
        if (name.Length == 0 || (!keywordsAllowed && s_quotedWords.Contains(name)))
        {
            return false;
        }
        if (!(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }
        return true;
    }

    internal static void WriteString(StringBuilder sb, string value)
    {
        sb.Append('\'');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\'':
                    sb.Append("\\'");
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
                case '\b':
                    sb.Append("\\b");
                    break;
                case '\f':
                    sb.Append("\\f");
                    break;
                default:
                    if (c < 0x20)
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
}
