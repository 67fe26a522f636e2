using System.Globalization;
using System.Text.RegularExpressions;
using EconSecGraph.Bolt.Framing;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Messages;

/// <summary>
/// The one table each way between FAILURE metadata and <see cref="CypherException"/>: the server's
/// code travels unchanged, so <see cref="CypherException.IsTransient"/> and managed retries work the same
/// against Neo4j and against the embedded engine.
/// </summary>
public static partial class ErrorMapping
{
    private static readonly Dictionary<string, Func<string, SourcePosition?, string?, CypherException>> s_fromCode =
        new(StringComparer.Ordinal)
        {
            [Neo4jStatusCodes.SyntaxError] = (m, p, d) => new CypherSyntaxException(m, p, d),
            [Neo4jStatusCodes.SemanticError] = (m, p, d) => new CypherSemanticException(m, p, d),
            [Neo4jStatusCodes.TypeError] = (m, p, d) => new CypherTypeException(m, p, d ?? "InvalidArgumentType"),
            [Neo4jStatusCodes.ArgumentError] = (m, p, d) =>
                new CypherArgumentException(m, p, d ?? "InvalidArgumentValue"),
            [Neo4jStatusCodes.ParameterMissing] = (m, p, _) => new ParameterMissingException(ParameterName(m), p),
            [Neo4jStatusCodes.EntityNotFound] = (m, _, d) => new EntityNotFoundException(m, d ?? "DeletedEntityAccess"),
            [Neo4jStatusCodes.AccessMode] = (m, _, _) => new AccessModeException(m),
            [Neo4jStatusCodes.ConstraintValidationFailed] = (m, _, d) => new ConstraintViolationException(m, d),
        };

    /// <summary>GQL condition names by status class, for the 5.7+ <c>description</c>.</summary>
    private static readonly Dictionary<string, string> s_gqlConditions = new(StringComparer.Ordinal)
    {
        ["08"] = "connection exception",
        ["22"] = "data exception",
        ["25"] = "invalid transaction state",
        ["40"] = "transaction rollback",
        ["42"] = "syntax error or access rule violation",
        ["50"] = "general processing exception",
        ["52"] = "procedure exception",
    };

    /// <summary>The FAILURE a server sends for <paramref name="error"/> on <paramref name="version"/>.</summary>
    public static FailureMessage ToFailure(CypherException error, BoltVersion version)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (!version.HasGqlErrors)
        {
            return new FailureMessage(MessageFields.Map(("code", error.Code), ("message", error.Message)));
        }
        var gqlStatus = error.GqlStatus;
        var condition = s_gqlConditions.GetValueOrDefault(gqlStatus[..2], "general processing exception");
        CypherValue? position = error.Position is { } p
            ? MessageFields.Map(("offset", p.Offset), ("line", p.Line), ("column", p.Column))
            : null;
        var diagnostic = MessageFields.Map(
            ("OPERATION", ""),
            ("OPERATION_CODE", "0"),
            ("CURRENT_SCHEMA", "/"),
            ("_classification", ClassificationName(error.Classification)),
            ("_position", position)
        );
        return new FailureMessage(
            MessageFields.Map(
                ("neo4j_code", error.Code),
                ("message", error.Message),
                ("gql_status", gqlStatus),
                ("description", $"error: {condition}. {error.Message}"),
                ("diagnostic_record", diagnostic)
            )
        );
    }

    /// <summary>The exception a client raises for a FAILURE (either the 5.7+ or the older shape).</summary>
    public static CypherException FromFailure(CypherMap metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var code =
            (metadata.GetOrNull("neo4j_code") as CypherString)?.Value
            ?? (metadata.GetOrNull("code") as CypherString)?.Value
            ?? Neo4jStatusCodes.UnknownError;
        var message =
            (metadata.GetOrNull("message") as CypherString)?.Value
            ?? (metadata.GetOrNull("description") as CypherString)?.Value
            ?? "The server reported a failure without a message.";
        SourcePosition? position = null;
        if (
            metadata.GetOrNull("diagnostic_record") is CypherMap diagnostic
            && diagnostic.GetOrNull("_position") is CypherMap p
            && p.GetOrNull("offset") is CypherInteger offset
            && p.GetOrNull("line") is CypherInteger line
            && p.GetOrNull("column") is CypherInteger column
        )
        {
            position = new SourcePosition((int)offset.Value, (int)line.Value, (int)column.Value);
        }
        else if (PositionInMessage().Match(message) is { Success: true } match)
        {
            position = new SourcePosition(
                int.Parse(match.Groups["offset"].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture)
            );
        }
        return s_fromCode.TryGetValue(code, out var create)
            ? create(message, position, null)
            : new CypherException(code, message, position);
    }

    private static string ClassificationName(ErrorClassification classification) =>
        classification switch
        {
            ErrorClassification.ClientError => "CLIENT_ERROR",
            ErrorClassification.TransientError => "TRANSIENT_ERROR",
            _ => "DATABASE_ERROR",
        };

    private static string ParameterName(string message)
    {
        const string Prefix = "Expected parameter(s): ";
        return message.StartsWith(Prefix, StringComparison.Ordinal) ? message[Prefix.Length..].Trim() : message;
    }

    [GeneratedRegex(@"line (?<line>\d+), column (?<column>\d+) \(offset: (?<offset>\d+)\)", RegexOptions.None, 1000)]
    private static partial Regex PositionInMessage();
}
