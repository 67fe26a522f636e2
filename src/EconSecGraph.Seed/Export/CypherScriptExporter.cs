using System.Globalization;
using System.Text;
using EconSecGraph.Seed.Loading;
using EconSecGraph.Seed.Sources;
using EconSecGraph.Seed.Validation;

namespace EconSecGraph.Seed.Export;

/// <summary>
/// Writes the seed as a Cypher script for <c>cypher-shell -f</c> on a stock Neo4j 5: the same statements the loader
/// runs, with the rows inlined as literals, each ending with ';'. Schema statements come first; everything MERGEs on
/// ids, so the script can be run again and changes nothing the second time.
/// </summary>
public static class CypherScriptExporter
{
    public static string Export(SeedSource source, CypherScriptOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Export(SeedValidator.Validate(source), options);
    }

    /// <summary>The script; throws <see cref="SeedValidationException"/> when the seed has problems.</summary>
    public static string Export(SeedValidationResult validation, CypherScriptOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(validation);
        options ??= CypherScriptOptions.Default;
        var graph = validation.GetValidGraph();
        var statements = SeedPlan.Build(graph, options.BatchSize, options.Prune);
        var sb = new StringBuilder();
        sb.Append(
            "// EconSecGraph seed graph, generated from graph-seed/ by EconSecGraph.Seed (CypherScriptExporter).\n"
        );
        sb.Append("// Do not edit: change the YAML files and regenerate.\n");
        sb.Append(
            string.Create(
                CultureInfo.InvariantCulture,
                $"// {graph.Nodes.Count} nodes, {graph.Relationships.Count} relationships, {statements.Count} statements.\n"
            )
        );
        sb.Append(
            "// Run against Neo4j 5:  cypher-shell -a neo4j://localhost:7687 -u neo4j -p <password> -f <this file>\n"
        );
        sb.Append(
            "// Each statement is its own transaction; the schema statements come first. Re-running changes nothing.\n"
        );
        var awaited = false;
        foreach (var statement in statements)
        {
            if (!awaited && statement.Kind != SeedStatementKind.Schema)
            {
                if (options.AwaitIndexes)
                {
                    sb.Append("\nCALL db.awaitIndexes(300);\n");
                }
                awaited = true;
            }
            sb.Append('\n').Append("// ").Append(statement.Kind.ToString()).Append(": ").Append(statement.Description);
            if (statement.Items > 0)
            {
                sb.Append(string.Create(CultureInfo.InvariantCulture, $" ({statement.Items})"));
            }
            sb.Append('\n');
            sb.Append(Inline(statement, options.AsciiOnly)).Append(";\n");
        }
        return sb.ToString();
    }

    private static string Inline(SeedStatement statement, bool asciiOnly)
    {
        if (statement.ParameterName is not { } name || statement.ParameterValue is not { } value)
        {
            return statement.Text;
        }
        var token = "$" + name;
        var at = statement.Text.IndexOf(token, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"The statement for {statement.Description} has no {token}.");
        }
        var sb = new StringBuilder(statement.Text.Length + 4096);
        sb.Append(statement.Text, 0, at);
        CypherLiteralWriter.Write(sb, value, asciiOnly);
        sb.Append(statement.Text, at + token.Length, statement.Text.Length - at - token.Length);
        return sb.ToString();
    }
}
