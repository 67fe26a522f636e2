using System.Diagnostics.CodeAnalysis;

namespace EconSecGraph.Cypher.Syntax.Semantics;

/// <summary>Injected by the engine: looks up functions by full name (case-insensitive, e.g. <c>date.truncate</c>).</summary>
public interface IFunctionSignatures
{
    bool TryGetFunction(string name, [NotNullWhen(true)] out FunctionSignature? signature);
}
