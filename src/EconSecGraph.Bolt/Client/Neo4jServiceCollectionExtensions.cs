using EconSecGraph.Graph.Database;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EconSecGraph.Bolt.Client;

/// <summary>Registers <see cref="Neo4jGraphDatabase"/> as the app's <see cref="IGraphDatabase"/> (<c>Graph__Backend=Neo4j</c>).</summary>
public static class Neo4jServiceCollectionExtensions
{
    /// <summary>Binds <see cref="Neo4jOptions"/> from section <c>Neo4j</c> and registers the client as a singleton.</summary>
    public static IServiceCollection AddNeo4jGraphDatabase(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<Neo4jOptions>(configuration.GetSection(Neo4jOptions.SectionName));
        services.AddSingleton<IGraphDatabase>(sp => new Neo4jGraphDatabase(
            sp.GetRequiredService<IOptions<Neo4jOptions>>()
        ));
        return services;
    }
}
