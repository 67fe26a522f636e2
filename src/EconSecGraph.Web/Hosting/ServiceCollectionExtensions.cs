using EconSecGraph.Web.Configuration;
using EconSecGraph.Web.Errors;
using EconSecGraph.Web.Queries;

namespace EconSecGraph.Web.Hosting;

/// <summary>Registers the explorer's services: options, the graph backend, start-up, error mapping.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddEconSecGraph(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<GraphOptions>(configuration.GetSection(GraphOptions.SectionName));
        services.Configure<Neo4jOptions>(configuration.GetSection(Neo4jOptions.SectionName));
        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.SectionName));
        services
            .AddOptions<ExplorerOptions>()
            .Bind(configuration.GetSection(ExplorerOptions.SectionName))
            .Validate(o => o.MaxRows >= 1, "Explorer:MaxRows must be at least 1.")
            .Validate(o => o.MaxNeighbors >= 1, "Explorer:MaxNeighbors must be at least 1.")
            .Validate(o => o.QueryTimeout > TimeSpan.Zero, "Explorer:QueryTimeout must be positive, e.g. 00:00:30.")
            .ValidateOnStart();
        services.AddSingleton(GraphBackendFactory.Create);
        services.AddSingleton<SeedStatus>();
        services.AddSingleton<ISeedRunner, SeedRunner>();
        services.AddSingleton<GraphReader>();
        services.AddHostedService<GraphStartupService>();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddProblemDetails();
        return services;
    }
}
