namespace EconSecGraph.Graph.Errors;

/// <summary>The first part of a Neo4j status code after <c>Neo.</c>.</summary>
public enum ErrorClassification
{
    /// <summary>The request was wrong; retrying it unchanged fails again.</summary>
    ClientError,

    /// <summary>Retrying may succeed (deadlock, leader switch, unavailable server).</summary>
    TransientError,

    /// <summary>Something went wrong inside the database.</summary>
    DatabaseError,
}
