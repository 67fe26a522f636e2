using EconSecGraph.Graph.Database;
using EconSecGraph.Web.Hosting;
using EconSecGraph.Web.Json;

namespace EconSecGraph.Web.Apis;

/// <summary><c>GET /healthz</c>: which backend is configured and whether it answers.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", GetHealthAsync)
            .WithTags("Health")
            .WithName("GetHealth")
            .WithSummary("200 when the graph backend answers, 503 otherwise.");
        return app;
    }

    internal static async Task<IResult> GetHealthAsync(
        IGraphDatabase db,
        SeedStatus seed,
        CancellationToken cancellationToken
    )
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            var info = await db.VerifyConnectivityAsync(timeout.Token);
            return JsonResults.Ok(new HealthReport("ok", db.Backend, info.Agent, seed.Describe()));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return JsonResults.Status(
                new HealthReport("unavailable", db.Backend, null, seed.Describe(), ex.Message),
                StatusCodes.Status503ServiceUnavailable
            );
        }
    }
}
