using NodaTime;

namespace EconSecGraph.Cypher.Functions.Tests.Tck;

internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
