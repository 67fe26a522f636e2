namespace EconSecGraph.Storage;

/// <summary>Sizes of a property index for the planner.</summary>
/// <param name="EntryCount">Indexed entities.</param>
/// <param name="DistinctValues">Distinct keys (1.0 / DistinctValues is the selectivity of an equality seek).</param>
public readonly record struct IndexStatistics(long EntryCount, long DistinctValues);
