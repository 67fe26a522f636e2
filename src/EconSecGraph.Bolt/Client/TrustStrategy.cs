namespace EconSecGraph.Bolt.Client;

/// <summary>Which server certificates an encrypted connection accepts.</summary>
public enum TrustStrategy
{
    /// <summary>Certificates that chain to the operating system's trusted roots (<c>bolt+s</c>, <c>neo4j+s</c>).</summary>
    SystemCertificates,

    /// <summary>Any certificate, e.g. self-signed (<c>bolt+ssc</c>, <c>neo4j+ssc</c>); encrypts but does not authenticate the server.</summary>
    AllCertificates,

    /// <summary>Certificates that chain to the roots in <see cref="Neo4jOptions.TrustedCertificatesPath"/> (PEM).</summary>
    CustomCertificates,
}
