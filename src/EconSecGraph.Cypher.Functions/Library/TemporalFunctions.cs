namespace EconSecGraph.Cypher.Functions.Library;

/// <summary>date, time, datetime, localtime, localdatetime, duration and their namespaced forms.</summary>
internal static partial class TemporalFunctions
{
    public static void Register(FunctionRegistry r)
    {
        ArgumentNullException.ThrowIfNull(r);
    }
}
