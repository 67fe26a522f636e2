using EconSecGraph.Web.Configuration;
using EconSecGraph.Web.Errors;
using EconSecGraph.Web.Queries;
using ClientOptions = EconSecGraph.Bolt.Client.Neo4jOptions;

namespace EconSecGraph.Web.Hosting;

/// <summary>Registers the explorer's services: options, the graph backend, start-up, error mapping.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddEconSecGraph(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<GraphOptions>(configuration.GetSection(GraphOptions.SectionName));
        var neo4j = configuration.GetSection(Neo4jOptions.SectionName);
        services
            .AddOptions<Neo4jOptions>()
            .Bind(neo4j)
            .Validate(o => o.ConnectTimeout > TimeSpan.Zero, "Neo4j:ConnectTimeout must be positive, e.g. 00:02:00.");
        // the connection settings of the same section, onto the Bolt client's own options
        services
            .AddOptions<ClientOptions>()
            .Bind(neo4j)
            .PostConfigure(o =>
            {
                if (string.IsNullOrWhiteSpace(o.User))
                {
                    o.User = Neo4jOptions.DefaultUser;
                }
                if (string.IsNullOrWhiteSpace(o.Database))
                {
                    o.Database = null; // the server's default (home) database
                }
            });
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
