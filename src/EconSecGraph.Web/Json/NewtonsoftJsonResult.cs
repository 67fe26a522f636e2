using System.Text;
using Newtonsoft.Json;

namespace EconSecGraph.Web.Json;

/// <summary>Writes a value with Newtonsoft.Json (minimal APIs would otherwise use System.Text.Json).</summary>
/// <remarks>
/// Serialises straight to UTF-8 in memory and sends it with its length in one write: no intermediate
/// UTF-16 string (the elements of a neighbourhood page run to tens of kilobytes), no chunked encoding.
/// </remarks>
public sealed class NewtonsoftJsonResult<T>(
    T value,
    int statusCode = StatusCodes.Status200OK,
    string contentType = "application/json; charset=utf-8"
) : IResult
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly JsonSerializer s_serializer = JsonSerializer.Create(JsonDefaults.Settings);

    public T Value { get; } = value;

    public int StatusCode { get; } = statusCode;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        using var buffer = new MemoryStream(4096);
        await using (var text = new StreamWriter(buffer, s_utf8, bufferSize: 4096, leaveOpen: true))
        using (var json = new JsonTextWriter(text) { CloseOutput = false })
        {
            s_serializer.Serialize(json, Value);
        }
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = contentType;
        httpContext.Response.ContentLength = buffer.Length;
        await httpContext.Response.Body.WriteAsync(
            buffer.GetBuffer().AsMemory(0, (int)buffer.Length),
            httpContext.RequestAborted
        );
    }
}
