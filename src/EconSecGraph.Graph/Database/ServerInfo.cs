namespace EconSecGraph.Graph.Database;

/// <summary>Who answered: the agent string (<c>Neo4j/5.26.0</c>, <c>EconSecGraph/…</c>), the address and protocol.</summary>
public sealed record ServerInfo(string Agent, string? Address = null, string? ProtocolVersion = null);
