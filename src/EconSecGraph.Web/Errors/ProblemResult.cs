using EconSecGraph.Web.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Errors;

/// <summary>An RFC 9457 problem document written with Newtonsoft.Json (<c>application/problem+json</c>).</summary>
public sealed class ProblemResult : IResult
{
    public ProblemResult(
        int status,
        string title,
        string detail,
        IReadOnlyDictionary<string, JToken?>? extensions = null
    )
    {
        Status = status;
        Title = title;
        Detail = detail;
        Extensions = extensions ?? new Dictionary<string, JToken?>(StringComparer.Ordinal);
    }

    public int Status { get; }

    public string Title { get; }

    public string Detail { get; }

    public IReadOnlyDictionary<string, JToken?> Extensions { get; }

    public JObject ToJson(string? instance = null)
    {
        var body = new JObject
        {
            ["type"] = TypeFor(Status),
            ["title"] = Title,
            ["status"] = Status,
            ["detail"] = Detail,
        };
        if (instance is not null)
        {
            body["instance"] = instance;
        }
        foreach (var (key, value) in Extensions)
        {
            if (value is not null)
            {
                body[key] = value;
            }
        }
        return body;
    }

    /// <summary>The RFC 9110 section of the status, as ASP.NET Core's own problem details use.</summary>
    private static string TypeFor(int status) =>
        status switch
        {
            400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            403 => "https://tools.ietf.org/html/rfc9110#section-15.5.4",
            404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
            408 => "https://tools.ietf.org/html/rfc9110#section-15.5.9",
            413 => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
            503 => "https://tools.ietf.org/html/rfc9110#section-15.6.4",
            504 => "https://tools.ietf.org/html/rfc9110#section-15.6.5",
            _ => "https://tools.ietf.org/html/rfc9110#section-15.6.1",
        };

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = Status;
        httpContext.Response.ContentType = "application/problem+json; charset=utf-8";
        var body = ToJson(httpContext.Request.Path.Value);
        body["traceId"] = httpContext.TraceIdentifier;
        return httpContext.Response.WriteAsync(
            JsonConvert.SerializeObject(body, JsonDefaults.Settings),
            httpContext.RequestAborted
        );
    }
}
