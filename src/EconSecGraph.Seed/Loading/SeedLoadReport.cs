using EconSecGraph.Graph.Database;

namespace EconSecGraph.Seed.Loading;

/// <summary>What a load did: how much the seed holds and what the database counted as changed.</summary>
public sealed record SeedLoadReport(int Nodes, int Relationships, int Statements, QueryCounters Counters)
{
    /// <summary>False for a load that found everything already in place.</summary>
    public bool Changed => Counters.ContainsUpdates;
}
