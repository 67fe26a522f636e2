using EconSecGraph.Cypher.Functions.Temporal;
using EconSecGraph.Graph.Values;
using NodaTime;

namespace EconSecGraph.Cypher.Functions;

/// <summary>What functions need from the engine: clocks, the default time zone, randomness and node lookup.</summary>
public interface IFunctionContext
{
    /// <summary>Fixed for one statement: <c>date()</c>, <c>datetime()</c>, <c>timestamp()</c>, <c>*.statement()</c>.</summary>
    Instant StatementTime { get; }

    /// <summary>Fixed for one transaction: <c>*.transaction()</c>.</summary>
    Instant TransactionTime { get; }

    /// <summary>Read on every call: <c>*.realtime()</c>.</summary>
    Instant RealTime { get; }

    /// <summary>The zone for temporal values created without one (UTC unless configured).</summary>
    ZoneSpec DefaultTimeZone { get; }

    /// <summary>A uniformly distributed double in [0, 1) for <c>rand()</c>.</summary>
    double NextRandom();

    /// <summary>A random (version 4) UUID for <c>randomUUID()</c>.</summary>
    Guid NewRandomUuid();

    /// <summary>The node with this id, for <c>startNode</c>/<c>endNode</c>; throws EntityNotFoundException when it is gone.</summary>
    CypherNode GetNode(long id);
}
