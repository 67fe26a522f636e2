using EconSecGraph.Contract.Tests.Backends;

namespace EconSecGraph.Contract.Tests;

/// <summary>The contract suite against the embedded engine.</summary>
public sealed class EmbeddedContractTests(EmbeddedBackend backend)
    : GraphContractTests(backend),
        IClassFixture<EmbeddedBackend>;
