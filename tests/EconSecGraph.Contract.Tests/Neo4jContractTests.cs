using EconSecGraph.Contract.Tests.Backends;

namespace EconSecGraph.Contract.Tests;

/// <summary>The contract suite against a real Neo4j 5 (Testcontainers or <c>NEO4J_TEST_URI</c>).</summary>
public sealed class Neo4jContractTests(Neo4jBackend backend) : GraphContractTests(backend), IClassFixture<Neo4jBackend>;
