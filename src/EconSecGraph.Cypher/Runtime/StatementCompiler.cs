using System.Collections.Concurrent;
using EconSecGraph.Cypher.Planning;
using EconSecGraph.Cypher.Syntax;
using EconSecGraph.Cypher.Syntax.Semantics;

namespace EconSecGraph.Cypher.Runtime;

/// <summary>Parses, checks and plans query text, caching plans by text so repeated queries skip all three.</summary>
internal sealed class StatementCompiler(EngineServices services)
{
    // replaced, not cleared: Clear (like Count) takes every lock, and its first call starts an event source
    private ConcurrentDictionary<string, CompiledQuery> _cache = new(StringComparer.Ordinal);
    private readonly SemanticOptions _semantic = new()
    {
        Functions = new SignatureCatalog(services.Procedures),
        Procedures = new SignatureCatalog(services.Procedures),
    };

    // counted here for the same reason
    private int _cached;

    public CompiledQuery Compile(string text)
    {
        var cache = Volatile.Read(ref _cache);
        if (cache.TryGetValue(text, out var cached))
        {
            return cached;
        }
        var statement = CypherParser.Parse(text);
        SemanticAnalyzer.Analyze(statement, _semantic);
        var compiled = QueryPlanner.Plan(statement, services);
        if (Volatile.Read(ref _cached) >= services.Options.PlanCacheSize)
        {
            Clear();
            cache = Volatile.Read(ref _cache);
        }
        // a plan made while the cache was replaced (a schema change) goes to the old cache, and is forgotten
        if (cache.TryAdd(text, compiled))
        {
            Interlocked.Increment(ref _cached);
        }
        return compiled;
    }

    /// <summary>Forgets every plan (after schema changes, procedures registered).</summary>
    public void Clear()
    {
        Volatile.Write(ref _cache, new ConcurrentDictionary<string, CompiledQuery>(StringComparer.Ordinal));
        Volatile.Write(ref _cached, 0);
    }
}
