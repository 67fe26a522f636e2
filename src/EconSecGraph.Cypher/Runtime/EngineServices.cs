using EconSecGraph.Cypher.Procedures;

namespace EconSecGraph.Cypher.Runtime;

/// <summary>What every query of one database shares: options, procedures, functions.</summary>
internal sealed class EngineServices(EmbeddedOptions options, ProcedureRegistry procedures)
{
    public EmbeddedOptions Options { get; } = options;

    public ProcedureRegistry Procedures { get; } = procedures;

    public FunctionResolver Functions { get; } = new();
}
