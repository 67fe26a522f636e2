using EconSecGraph.Graph.Database;

namespace EconSecGraph.Bolt.Server;

/// <summary>A result being streamed to the client, with one record read ahead to know <c>has_more</c>.</summary>
internal sealed class OpenResult(IQueryResult result, Query query, string database)
{
    public IQueryResult Result { get; } = result;

    public Query Query { get; } = query;

    public string Database { get; } = database;

    public Record? Peeked { get; set; }
}
