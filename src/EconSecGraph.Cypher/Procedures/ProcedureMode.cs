namespace EconSecGraph.Cypher.Procedures;

/// <summary>What a procedure may do (Neo4j's procedure modes).</summary>
public enum ProcedureMode
{
    Read,
    Write,
    Schema,
    Dbms,
}
