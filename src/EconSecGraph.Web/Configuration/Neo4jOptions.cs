namespace EconSecGraph.Web.Configuration;

/// <summary>Connection to a Neo4j server when <c>Graph:Backend</c> is <c>Neo4j</c> (section <c>Neo4j</c>).</summary>
public sealed class Neo4jOptions
{
    public const string SectionName = "Neo4j";

    /// <summary><c>bolt://host:7687</c>, <c>neo4j://host:7687</c> (routing) or their <c>+s</c> forms.</summary>
    public string Uri { get; set; } = "bolt://localhost:7687";

    public string User { get; set; } = "neo4j";

    public string Password { get; set; } = string.Empty;

    /// <summary>The database to use; empty means the server's default (home) database.</summary>
    public string Database { get; set; } = string.Empty;

    /// <summary>How long the app keeps retrying the first connection (with back-off) before giving up.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
