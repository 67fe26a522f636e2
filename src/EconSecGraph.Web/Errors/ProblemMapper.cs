using EconSecGraph.Graph.Errors;
using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Errors;

/// <summary>
/// The one mapping from failures to problem documents: Cypher errors keep their Neo4j status code and
/// position; an unavailable backend is 503, a timeout 504, anything unexpected 500 without internals.
/// </summary>
public static class ProblemMapper
{
    public static ProblemResult FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            CypherException cypher => FromCypher(cypher),
            ApiArgumentException arg => new ProblemResult(
                StatusCodes.Status400BadRequest,
                "Invalid request parameter",
                arg.Message,
                new Dictionary<string, JToken?>(StringComparer.Ordinal)
                {
                    ["errors"] = new JObject { [arg.Parameter] = new JArray(arg.Message) },
                }
            ),
            ApiNotFoundException notFound => new ProblemResult(
                StatusCodes.Status404NotFound,
                "Not found",
                notFound.Message
            ),
            QueryTimeoutException timeout => new ProblemResult(
                StatusCodes.Status504GatewayTimeout,
                "Query timed out",
                timeout.Message,
                Code(Neo4jStatusCodes.TransactionTimedOut)
            ),
            BadHttpRequestException bad => new ProblemResult(bad.StatusCode, "Bad request", bad.Message),
            Newtonsoft.Json.JsonException json => new ProblemResult(
                StatusCodes.Status400BadRequest,
                "Invalid JSON body",
                json.Message
            ),
            TimeoutException or System.Net.Sockets.SocketException or IOException or HttpRequestException =>
                Unavailable(exception.Message),
            _ => new ProblemResult(
                StatusCodes.Status500InternalServerError,
                "Internal error",
                "The server failed unexpectedly; the log has the details."
            ),
        };
    }

    public static ProblemResult FromCypher(CypherException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var extensions = Code(exception.Code);
        extensions["gqlStatus"] = exception.GqlStatus;
        if (exception.Detail is { } detail)
        {
            extensions["errorDetail"] = detail;
        }
        if (exception.Position is { } position)
        {
            extensions["line"] = position.Line;
            extensions["column"] = position.Column;
            extensions["offset"] = position.Offset;
        }
        var (status, title) = Classify(exception.Code, exception.Classification);
        return new ProblemResult(status, title, exception.Message, extensions);
    }

    public static ProblemResult Unavailable(string message) =>
        new(
            StatusCodes.Status503ServiceUnavailable,
            "Graph backend unavailable",
            "The graph database does not answer: " + message,
            Code(Neo4jStatusCodes.ServiceUnavailable)
        );

    private static (int Status, string Title) Classify(string code, ErrorClassification classification) =>
        code switch
        {
            Neo4jStatusCodes.SyntaxError => (StatusCodes.Status400BadRequest, "Cypher syntax error"),
            Neo4jStatusCodes.AccessMode or Neo4jStatusCodes.ForbiddenDueToTransactionType => (
                StatusCodes.Status403Forbidden,
                "Writes are not allowed"
            ),
            Neo4jStatusCodes.TransactionTimedOut => (StatusCodes.Status504GatewayTimeout, "Query timed out"),
            Neo4jStatusCodes.Unauthorized => (
                StatusCodes.Status503ServiceUnavailable,
                "Graph backend refused the login"
            ),
            Neo4jStatusCodes.ServiceUnavailable or Neo4jStatusCodes.DatabaseUnavailable => (
                StatusCodes.Status503ServiceUnavailable,
                "Graph backend unavailable"
            ),
            _ => classification switch
            {
                ErrorClassification.ClientError => (StatusCodes.Status400BadRequest, "Cypher error"),
                ErrorClassification.TransientError => (
                    StatusCodes.Status503ServiceUnavailable,
                    "Temporary database error"
                ),
                _ => (StatusCodes.Status500InternalServerError, "Database error"),
            },
        };

    private static Dictionary<string, JToken?> Code(string code) => new(StringComparer.Ordinal) { ["code"] = code };
}
