using Newtonsoft.Json;

namespace EconSecGraph.Web.Json;

/// <summary>Writes a value with Newtonsoft.Json (minimal APIs would otherwise use System.Text.Json).</summary>
public sealed class NewtonsoftJsonResult<T>(
    T value,
    int statusCode = StatusCodes.Status200OK,
    string contentType = "application/json; charset=utf-8"
) : IResult
{
    public T Value { get; } = value;

    public int StatusCode { get; } = statusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = contentType;
        return httpContext.Response.WriteAsync(
            JsonConvert.SerializeObject(Value, JsonDefaults.Settings),
            httpContext.RequestAborted
        );
    }
}
