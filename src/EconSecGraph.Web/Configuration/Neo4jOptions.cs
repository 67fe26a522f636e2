namespace EconSecGraph.Web.Configuration;

/// <summary>
/// The app's own keys of section <c>Neo4j</c>, used when <c>Graph:Backend</c> is <c>Neo4j</c>. The connection
/// itself (<c>Uri</c>, <c>User</c>, <c>Password</c>, <c>Database</c>, <c>TrustStrategy</c>, pool and timeouts)
/// binds from the same section onto the Bolt client's <see cref="EconSecGraph.Bolt.Client.Neo4jOptions"/>,
/// so every client setting is configurable without a second copy here.
/// </summary>
public sealed class Neo4jOptions
{
    public const string SectionName = "Neo4j";

    /// <summary>The user when <c>Neo4j:User</c> is empty (the app always logs in: a password is required).</summary>
    public const string DefaultUser = "neo4j";

    /// <summary>How long the app keeps retrying the first connection (with back-off) before giving up.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
