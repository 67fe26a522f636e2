namespace EconSecGraph.Web.Errors;

/// <summary>A query ran past <c>Explorer:QueryTimeout</c> and was stopped; the API answers 504.</summary>
public sealed class QueryTimeoutException : Exception
{
    public QueryTimeoutException() { }

    public QueryTimeoutException(string message)
        : base(message) { }

    public QueryTimeoutException(string message, Exception innerException)
        : base(message, innerException) { }
}
