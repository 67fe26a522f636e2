namespace EconSecGraph.Web.Export;

public enum ColumnType
{
    String,
    Long,
    Double,
    Boolean,
    List,
}
