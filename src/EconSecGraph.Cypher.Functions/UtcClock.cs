using NodaTime;

namespace EconSecGraph.Cypher.Functions;

/// <summary>The system clock, as NodaTime's <see cref="SystemClock"/>, but built without NodaTime's constants.</summary>
/// <remarks>
/// <see cref="SystemClock.GetCurrentInstant"/> starts from a calendar-derived constant whose initialisation
/// (the calendar systems) cost milliseconds at the first statement of every process, temporal or not.
/// </remarks>
internal sealed class UtcClock : IClock
{
    public static readonly UtcClock Instance = new();

    private UtcClock() { }

    public Instant GetCurrentInstant() => Instant.FromUnixTimeTicks(DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks);
}
