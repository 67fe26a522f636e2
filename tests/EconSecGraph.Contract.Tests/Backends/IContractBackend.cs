using EconSecGraph.Graph.Database;

namespace EconSecGraph.Contract.Tests.Backends;

/// <summary>One engine the contract suite runs against; <see cref="SkipReason"/> says why it cannot run here.</summary>
public interface IContractBackend
{
    string Name { get; }

    /// <summary>Null when the backend is up; otherwise why its tests are skipped and how to enable them.</summary>
    string? SkipReason { get; }

    IGraphDatabase Database { get; }
}
