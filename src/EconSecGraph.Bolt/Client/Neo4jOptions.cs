namespace EconSecGraph.Bolt.Client;

/// <summary>Configuration section <c>Neo4j</c>: how the Bolt client reaches Neo4j.</summary>
public sealed class Neo4jOptions
{
    public const string SectionName = "Neo4j";

    /// <summary><c>bolt://</c>, <c>bolt+s://</c>, <c>bolt+ssc://</c>, <c>neo4j://</c>, <c>neo4j+s://</c> or <c>neo4j+ssc://</c>.</summary>
    public string Uri { get; set; } = "bolt://localhost:7687";

    /// <summary>User for basic authentication; empty means no authentication (<c>NEO4J_AUTH=none</c>).</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The database to use; empty means the user's home database.</summary>
    public string? Database { get; set; }

    public int MaxConnectionPoolSize { get; set; } = 100;

    /// <summary>Time to open a TCP connection, finish TLS, the handshake and authentication.</summary>
    public TimeSpan ConnectionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time to wait for a free connection when the pool is full.</summary>
    public TimeSpan ConnectionAcquisitionTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Connections older than this are closed instead of reused.</summary>
    public TimeSpan MaxConnectionLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Server-side transaction timeout when <c>TransactionConfig.Timeout</c> is not set (null: the server's default).</summary>
    public TimeSpan? DefaultTransactionTimeout { get; set; }

    /// <summary>Records per PULL.</summary>
    public int FetchSize { get; set; } = 1000;

    /// <summary>Applies to <c>+s</c> schemes (and is forced to <see cref="TrustStrategy.AllCertificates"/> by <c>+ssc</c>).</summary>
    public TrustStrategy TrustStrategy { get; set; } = TrustStrategy.SystemCertificates;

    /// <summary>PEM file with the root certificates to trust, for <see cref="TrustStrategy.CustomCertificates"/>.</summary>
    public string? TrustedCertificatesPath { get; set; }

    /// <summary>The <c>user_agent</c> sent in HELLO.</summary>
    public string UserAgent { get; set; } = "EconSecGraph/1.0";

    public void Validate()
    {
        _ = Neo4jUri.Parse(Uri);
        if (string.IsNullOrEmpty(User) != string.IsNullOrEmpty(Password) && !string.IsNullOrEmpty(Password))
        {
            throw new InvalidOperationException("Neo4j:Password is set but Neo4j:User is empty; set both or neither.");
        }
        if (MaxConnectionPoolSize < 1)
        {
            throw new InvalidOperationException("Neo4j:MaxConnectionPoolSize must be at least 1.");
        }
        if (FetchSize is 0 or < -1)
        {
            throw new InvalidOperationException("Neo4j:FetchSize must be positive (or -1 for everything at once).");
        }
        if (TrustStrategy == TrustStrategy.CustomCertificates && !File.Exists(TrustedCertificatesPath))
        {
            throw new InvalidOperationException(
                $"Neo4j:TrustStrategy is CustomCertificates but Neo4j:TrustedCertificatesPath '{TrustedCertificatesPath}' is not a file."
            );
        }
    }
}
