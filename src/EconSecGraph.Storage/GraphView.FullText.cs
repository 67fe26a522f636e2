using EconSecGraph.Graph.Errors;
using EconSecGraph.Storage.FullText;
using EconSecGraph.Storage.Schema;

namespace EconSecGraph.Storage;

public abstract partial class GraphView
{
    /// <summary>
    /// <c>db.index.fulltext.queryNodes / queryRelationships</c>: Lucene query syntax, BM25 scores,
    /// best first (ties by id). Throws <c>Neo.ClientError.Procedure.ProcedureCallFailed</c> for a
    /// malformed query and <c>Neo.ClientError.Schema.IndexNotFound</c> for an unknown index.
    /// A write transaction sees its own changes.
    /// </summary>
    public IReadOnlyList<FullTextHit> QueryFullText(
        string indexName,
        string query,
        FullTextQueryOptions? options = null
    ) => [.. RankFullText(indexName, query, options)];

    /// <summary>
    /// The hits of <see cref="QueryFullText"/> in the same order, ranked lazily: the query is evaluated
    /// now, and each hit taken costs O(log n) — a caller that stops after k hits does not pay for
    /// sorting every match.
    /// </summary>
    public IEnumerable<FullTextHit> RankFullText(string indexName, string query, FullTextQueryOptions? options = null)
    {
        var (index, analyzer) = FullTextIndexFor(indexName, query, options);
        var parsed = FtQueryParser.Parse(query);
        IEnumerable<FullTextHit> hits = new FtSearcher(index, analyzer).Search(parsed);
        if (options is { Skip: > 0 })
        {
            hits = hits.Skip((int)Math.Min(options.Skip, int.MaxValue));
        }
        if (options?.Limit is { } limit)
        {
            hits = hits.Take((int)Math.Clamp(limit, 0, int.MaxValue));
        }
        return hits;
    }

    /// <summary>How many entities <see cref="QueryFullText"/> returns (without skip/limit), found without scoring or sorting.</summary>
    public long CountFullText(string indexName, string query, FullTextQueryOptions? options = null)
    {
        var (index, analyzer) = FullTextIndexFor(indexName, query, options);
        return new FtSearcher(index, analyzer).Count(FtQueryParser.Parse(query));
    }

    private (FullTextIndex Index, Analyzer Analyzer) FullTextIndexFor(
        string indexName,
        string query,
        FullTextQueryOptions? options
    )
    {
        ArgumentNullException.ThrowIfNull(indexName);
        ArgumentNullException.ThrowIfNull(query);
        var index = Array.Find(
            S.Schema.FullText,
            f => string.Equals(f.Descriptor.Name, indexName, StringComparison.Ordinal)
        );
        if (index is null)
        {
            throw new CypherException(
                Neo4jStatusCodes.IndexNotFound,
                $"There is no such fulltext schema index: {indexName}"
            );
        }
        if (Tx is { } tx && tx.FullTextDirty.TryGetValue(index.Descriptor.Id, out var dirty) && dirty.Count > 0)
        {
            index = index.Update(dirty, this);
        }
        var analyzer = index.Analyzer;
        if (options?.Analyzer is { } name)
        {
            analyzer =
                Analyzers.Get(name)
                ?? throw new CypherException(
                    Neo4jStatusCodes.ProcedureCallFailed,
                    $"No such full-text analyzer: '{name}'. See db.index.fulltext.listAvailableAnalyzers()."
                );
        }
        return (index, analyzer);
    }

    /// <summary>The full-text indexes (descriptors).</summary>
    public IReadOnlyList<IndexDescriptor> FullTextIndexes => [.. S.Schema.FullText.Select(f => f.Descriptor)];
}
