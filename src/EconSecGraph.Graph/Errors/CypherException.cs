namespace EconSecGraph.Graph.Errors;

/// <summary>
/// The one family of errors that crosses every surface: a Neo4j status code, a message, an optional
/// position in the query, and an optional openCypher TCK detail (e.g. <c>UndefinedVariable</c>).
/// Bolt maps it to FAILURE, HTTP to ProblemDetails.
/// </summary>
public class CypherException : Exception
{
    public CypherException(
        string code,
        string message,
        SourcePosition? position = null,
        string? detail = null,
        Exception? inner = null
    )
        : base(message, inner)
    {
        ArgumentNullException.ThrowIfNull(code);
        Code = code;
        Position = position;
        Detail = detail;
    }

    public CypherException()
        : this(Neo4jStatusCodes.UnknownError, "An unknown error occurred.") { }

    public CypherException(string message)
        : this(Neo4jStatusCodes.UnknownError, message) { }

    public CypherException(string message, Exception innerException)
        : this(Neo4jStatusCodes.UnknownError, message, inner: innerException) { }

    /// <summary>The Neo4j status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>.</summary>
    public string Code { get; }

    /// <summary>Where in the query text the problem is, when known.</summary>
    public SourcePosition? Position { get; }

    /// <summary>The openCypher TCK error detail (<c>UndefinedVariable</c>, <c>InvalidArgumentType</c>, …), when known.</summary>
    public string? Detail { get; }

    public ErrorClassification Classification => Neo4jStatusCodes.Classify(Code);

    public string GqlStatus => Neo4jStatusCodes.GqlStatusFor(Code);

    /// <summary>True when a managed transaction may retry the work.</summary>
    public bool IsTransient => Classification == ErrorClassification.TransientError;
}
