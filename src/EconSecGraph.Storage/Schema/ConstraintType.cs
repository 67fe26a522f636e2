namespace EconSecGraph.Storage.Schema;

/// <summary>Constraint kinds this store enforces (Neo4j Community's set).</summary>
public enum ConstraintType
{
    /// <summary><c>REQUIRE n.p IS UNIQUE</c> (Neo4j prints <c>UNIQUENESS</c> / <c>RELATIONSHIP_UNIQUENESS</c>).</summary>
    Uniqueness,
}
