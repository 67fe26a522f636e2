namespace EconSecGraph.Web.Errors;

/// <summary>The entity a URL names does not exist; the API answers 404.</summary>
public sealed class ApiNotFoundException : Exception
{
    public ApiNotFoundException() { }

    public ApiNotFoundException(string message)
        : base(message) { }

    public ApiNotFoundException(string message, Exception innerException)
        : base(message, innerException) { }
}
