namespace EconSecGraph.Cypher.Procedures;

/// <summary>The procedures a database knows, by case-sensitive dotted name (as Neo4j).</summary>
public sealed class ProcedureRegistry
{
    private readonly Dictionary<string, ProcedureDefinition> _procedures = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public void Register(ProcedureDefinition procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        lock (_lock)
        {
            _procedures[procedure.Name] = procedure;
        }
    }

    public ProcedureDefinition? Find(string name)
    {
        lock (_lock)
        {
            return _procedures.GetValueOrDefault(name);
        }
    }

    public IReadOnlyList<ProcedureDefinition> All
    {
        get
        {
            lock (_lock)
            {
                return [.. _procedures.Values.OrderBy(p => p.Name, StringComparer.Ordinal)];
            }
        }
    }
}
