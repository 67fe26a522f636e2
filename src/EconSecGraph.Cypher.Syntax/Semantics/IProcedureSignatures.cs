using System.Diagnostics.CodeAnalysis;

namespace EconSecGraph.Cypher.Syntax.Semantics;

/// <summary>Injected by the engine: looks up procedures by full name.</summary>
public interface IProcedureSignatures
{
    bool TryGetProcedure(string name, [NotNullWhen(true)] out ProcedureSignature? signature);
}
