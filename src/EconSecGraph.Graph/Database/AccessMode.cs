namespace EconSecGraph.Graph.Database;

public enum AccessMode
{
    /// <summary>Any write fails with <c>Neo.ClientError.Statement.AccessMode</c>; on a cluster, runs on a reader.</summary>
    Read,

    /// <summary>Reads and writes; on a cluster, runs on the leader.</summary>
    Write,
}
