using EconSecGraph.Graph.Errors;
using Microsoft.AspNetCore.Diagnostics;

namespace EconSecGraph.Web.Errors;

/// <summary>Turns every exception that escapes an endpoint into a problem document (never an HTML page).</summary>
public sealed partial class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext,
        Exception exception,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var problem = ProblemMapper.FromException(exception);
        if (
            problem.Status >= StatusCodes.Status500InternalServerError
            && exception is not CypherException { IsTransient: true }
        )
        {
            LogFailure(logger, httpContext.Request.Path.Value ?? string.Empty, exception);
        }
        else
        {
            LogRejected(logger, httpContext.Request.Path.Value ?? string.Empty, problem.Status, exception.Message);
        }
        await problem.ExecuteAsync(httpContext);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {Path} failed")]
    private static partial void LogFailure(ILogger logger, string path, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Request {Path} answered {Status}: {Message}")]
    private static partial void LogRejected(ILogger logger, string path, int status, string message);
}
