using EconSecGraph.Bolt.Server;
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
            .WithSummary(
                "200 when the graph backend answers, 503 otherwise; also the seed load and the Bolt listener."
            );
        return app;
    }

    internal static async Task<IResult> GetHealthAsync(
        IGraphDatabase db,
        SeedStatus seed,
        HttpContext http,
        CancellationToken cancellationToken
    )
    {
        var bolt = BoltHealth.Of(http.RequestServices.GetService<BoltListenerStatus>());
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            var info = await db.VerifyConnectivityAsync(timeout.Token);
            return JsonResults.Ok(new HealthReport("ok", db.Backend, info.Agent, seed.Describe(), bolt));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return JsonResults.Status(
                new HealthReport("unavailable", db.Backend, null, seed.Describe(), bolt, ex.Message),
                StatusCodes.Status503ServiceUnavailable
            );
        }
    }
}
