using EconSecGraph.Cypher.Functions.Temporal;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using NodaTime;

namespace EconSecGraph.Cypher.Functions;

/// <summary>
/// A ready-made <see cref="IFunctionContext"/>: create one per transaction (fixing the transaction clock) and
/// call <see cref="BeginStatement"/> before each statement (fixing the statement clock).
/// </summary>
public sealed class FunctionContext : IFunctionContext
{
    private readonly IClock _clock;
    private readonly Random _random;
    private readonly Func<long, CypherNode?>? _nodeLookup;

    /// <param name="clock">The clock (the system clock when null).</param>
    /// <param name="defaultTimeZone">A zone id or offset such as <c>Asia/Tokyo</c> or <c>+09:00</c>; UTC when null.</param>
    /// <param name="random">The random source (the shared thread-safe one when null: seeding a new generator reads the OS entropy source, which cost a tenth of a small query).</param>
    /// <param name="nodeLookup">Fetches nodes by id for <c>startNode</c>/<c>endNode</c>.</param>
    public FunctionContext(
        IClock? clock = null,
        string? defaultTimeZone = null,
        Random? random = null,
        Func<long, CypherNode?>? nodeLookup = null
    )
    {
        _clock = clock ?? UtcClock.Instance;
        _random = random ?? Random.Shared;
        _nodeLookup = nodeLookup;
        DefaultTimeZone = defaultTimeZone is null ? ZoneSpec.Utc : ZoneSpec.Parse(defaultTimeZone);
        TransactionTime = _clock.GetCurrentInstant();
        StatementTime = TransactionTime;
    }

    public Instant StatementTime { get; private set; }

    public Instant TransactionTime { get; }

    public Instant RealTime => _clock.GetCurrentInstant();

    public ZoneSpec DefaultTimeZone { get; }

    /// <summary>Fixes the statement clock to now.</summary>
    public void BeginStatement() => StatementTime = _clock.GetCurrentInstant();

    public double NextRandom() => _random.NextDouble();

    public Guid NewRandomUuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public CypherNode GetNode(long id) =>
        _nodeLookup?.Invoke(id)
        ?? throw new EntityNotFoundException(
            "Node with id "
                + id.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + " has been deleted or does not exist."
        );
}
