using EconSecGraph.Contract.Tests.Backends;

namespace EconSecGraph.Contract.Tests;

/// <summary>The contract suite against the embedded engine through our Bolt server and client (neo4j:// routing).</summary>
public sealed class EmbeddedOverBoltContractTests(EmbeddedOverBoltBackend backend)
    : GraphContractTests(backend),
        IClassFixture<EmbeddedOverBoltBackend>;
