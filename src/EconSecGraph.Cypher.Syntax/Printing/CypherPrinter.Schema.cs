using System.Text;
using EconSecGraph.Cypher.Syntax.Ast;

namespace EconSecGraph.Cypher.Syntax.Printing;

public static partial class CypherPrinter
{
    private static void WriteSchema(StringBuilder sb, SchemaCommand command)
    {
        switch (command)
        {
            case CreateIndexCommand index:
                sb.Append("CREATE ");
                sb.Append(
                    index.Kind switch
                    {
                        IndexKind.Text => "TEXT ",
                        IndexKind.Point => "POINT ",
                        IndexKind.Fulltext => "FULLTEXT ",
                        IndexKind.Lookup => "LOOKUP ",
                        IndexKind.Vector => "VECTOR ",
                        _ => "RANGE ",
                    }
                );
                sb.Append("INDEX ");
                SchemaHead(sb, index.Name, index.IfNotExists);
                SchemaEntity(sb, index.Variable, index.IsRelationship, index.LabelsOrTypes);
                sb.Append(" ON ");
                if (index.Kind == IndexKind.Lookup)
                {
                    sb.Append(index.IsRelationship ? "EACH type(" : "EACH labels(");
                    Name(sb, index.Variable.Name);
                    sb.Append(')');
                }
                else
                {
                    var each = index.Kind == IndexKind.Fulltext;
                    sb.Append(each ? "EACH [" : "(");
                    PropertyList(sb, index.Properties);
                    sb.Append(each ? ']' : ')');
                }
                Options(sb, index.Options);
                break;
            case CreateConstraintCommand constraint:
                sb.Append("CREATE CONSTRAINT ");
                SchemaHead(sb, constraint.Name, constraint.IfNotExists);
                SchemaEntity(sb, constraint.Variable, constraint.IsRelationship, [constraint.LabelOrType]);
                sb.Append(" REQUIRE ");
                if (constraint.Properties.Count == 1)
                {
                    WriteExpression(sb, constraint.Properties[0]);
                }
                else
                {
                    sb.Append('(');
                    PropertyList(sb, constraint.Properties);
                    sb.Append(')');
                }
                sb.Append(
                    constraint.Kind switch
                    {
                        ConstraintKind.Unique => " IS UNIQUE",
                        ConstraintKind.Key => " IS KEY",
                        ConstraintKind.NotNull => " IS NOT NULL",
                        _ => " IS :: " + constraint.PropertyType,
                    }
                );
                Options(sb, constraint.Options);
                break;
            case DropIndexCommand drop:
                sb.Append("DROP INDEX ");
                Name(sb, drop.Name);
                if (drop.IfExists)
                {
                    sb.Append(" IF EXISTS");
                }
                break;
            case DropConstraintCommand drop:
                sb.Append("DROP CONSTRAINT ");
                Name(sb, drop.Name);
                if (drop.IfExists)
                {
                    sb.Append(" IF EXISTS");
                }
                break;
            case ShowCommand show:
                sb.Append("SHOW ");
                if (show.Filter is not null)
                {
                    sb.Append(show.Filter).Append(' ');
                }
                sb.Append(
                    show.Kind switch
                    {
                        ShowCommandKind.Indexes => "INDEXES",
                        ShowCommandKind.Constraints => "CONSTRAINTS",
                        ShowCommandKind.Procedures => "PROCEDURES",
                        _ => "FUNCTIONS",
                    }
                );
                Where(sb, show.Where);
                if (show.Yield is not null)
                {
                    sb.Append(' ');
                    WriteYield(sb, show.Yield);
                }
                if (show.Return is not null)
                {
                    sb.Append(' ');
                    WriteClause(sb, show.Return);
                }
                break;
            default:
                throw new InvalidOperationException("Unknown schema command " + command.GetType().Name);
        }
    }

    private static void SchemaHead(StringBuilder sb, string? name, bool ifNotExists)
    {
        if (name is not null)
        {
            Name(sb, name);
            sb.Append(' ');
        }
        if (ifNotExists)
        {
            sb.Append("IF NOT EXISTS ");
        }
        sb.Append("FOR ");
    }

    private static void SchemaEntity(
        StringBuilder sb,
        Variable variable,
        bool relationship,
        IReadOnlyList<string> labels
    )
    {
        sb.Append(relationship ? "()-[" : "(");
        Name(sb, variable.Name);
        for (var i = 0; i < labels.Count; i++)
        {
            sb.Append(i == 0 ? ':' : '|');
            Name(sb, labels[i]);
        }
        sb.Append(relationship ? "]-()" : ")");
    }

    private static void PropertyList(StringBuilder sb, IReadOnlyList<PropertyLookup> properties)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }
            WriteExpression(sb, properties[i]);
        }
    }

    private static void Options(StringBuilder sb, Expression? options)
    {
        if (options is not null)
        {
            sb.Append(" OPTIONS ");
            WriteExpression(sb, options);
        }
    }
}
