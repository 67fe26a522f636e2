using EconSecGraph.Web.Apis;
using EconSecGraph.Web.Errors;
using EconSecGraph.Web.Hosting;

if (HealthCheckCommand.Matches(args))
{
    return await HealthCheckCommand.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddEconSecGraph(builder.Configuration);
builder.Services.AddOpenApi();
builder.AddBoltServerForEmbeddedBackend();
var app = builder.Build();

app.UseExceptionHandler();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapOpenApi();
app.MapHealthApi();
app.MapGraphApi();
app.MapSearchApi();
app.MapNodesApi();
app.MapPathsApi();
app.MapCypherApi();
app.MapSchemaApi();
app.MapTimelineApi();
app.MapExportApi();
app.MapFallback(
    "/api/{**path}",
    (HttpContext http) =>
        new ProblemResult(
            StatusCodes.Status404NotFound,
            "Not found",
            $"There is no API at {http.Request.Path}; see /openapi/v1.json."
        )
);

await app.RunAsync();
return 0;

/// <summary>The entry point; public so tests can start the app with WebApplicationFactory.</summary>
public partial class Program;
