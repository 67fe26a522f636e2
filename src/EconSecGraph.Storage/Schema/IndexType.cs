namespace EconSecGraph.Storage.Schema;

/// <summary>Neo4j 5 index types (as printed by <c>SHOW INDEXES</c>).</summary>
public enum IndexType
{
    /// <summary>The default for <c>CREATE INDEX</c>: equality, range, prefix; all property types.</summary>
    Range,

    /// <summary><c>CREATE TEXT INDEX</c>: strings only (equality, prefix, CONTAINS, ENDS WITH).</summary>
    Text,

    /// <summary><c>CREATE POINT INDEX</c>: points only.</summary>
    Point,

    /// <summary><c>CREATE FULLTEXT INDEX</c>: queried through <c>db.index.fulltext.queryNodes</c>.</summary>
    FullText,

    /// <summary>The token lookup indexes every Neo4j 5 database has (labels, relationship types).</summary>
    Lookup,
}
