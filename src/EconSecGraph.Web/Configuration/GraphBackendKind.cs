namespace EconSecGraph.Web.Configuration;

public enum GraphBackendKind
{
    Embedded,
    Neo4j,
}
