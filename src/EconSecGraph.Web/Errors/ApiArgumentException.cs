namespace EconSecGraph.Web.Errors;

/// <summary>A request parameter is missing or malformed; the API answers 400 naming the parameter.</summary>
public sealed class ApiArgumentException : Exception
{
    public ApiArgumentException(string parameter, string message)
        : base(message) => Parameter = parameter;

    public ApiArgumentException() { }

    public ApiArgumentException(string message)
        : base(message) { }

    public ApiArgumentException(string message, Exception innerException)
        : base(message, innerException) { }

    public string Parameter { get; } = string.Empty;
}
