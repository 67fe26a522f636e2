namespace EconSecGraph.Storage;

/// <summary>Severity of a store log message.</summary>
public enum StorageLogLevel
{
    Information,
    Warning,
}
