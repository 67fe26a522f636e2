using System.Diagnostics.CodeAnalysis;
using EconSecGraph.Cypher.Functions;
using EconSecGraph.Cypher.Procedures;
using EconSecGraph.Cypher.Syntax.Semantics;

namespace EconSecGraph.Cypher.Runtime;

/// <summary>Tells the semantic pass which functions and procedures this engine has.</summary>
internal sealed class SignatureCatalog(ProcedureRegistry procedures) : IFunctionSignatures, IProcedureSignatures
{
    public bool TryGetFunction(string name, [NotNullWhen(true)] out FunctionSignature? signature)
    {
        var lower = name.ToLowerInvariant();
        if (AggregateFunctions.IsAggregate(lower))
        {
            var two = lower is "percentilecont" or "percentiledisc";
            signature = new FunctionSignature(name, two ? 2 : 1, two ? 2 : 1, IsAggregate: true);
            return true;
        }
        if (GraphFunctions.IsGraphFunction(lower) || lower is "exists")
        {
            signature = new FunctionSignature(name, 1, 1);
            return true;
        }
        if (lower is "coalesce")
        {
            signature = new FunctionSignature(name, 1, null);
            return true;
        }
        if (lower is "linenumber" or "file")
        {
            signature = new FunctionSignature(name, 0, 0);
            return true;
        }
        if (FunctionRegistry.Default.TryGetFunction(name, out var f))
        {
            signature = new FunctionSignature(f.Name, f.MinArgs, f.MaxArgs == int.MaxValue ? null : f.MaxArgs);
            return true;
        }
        signature = null;
        return false;
    }

    public bool TryGetProcedure(string name, [NotNullWhen(true)] out ProcedureSignature? signature)
    {
        if (procedures.Find(name) is { } p)
        {
            signature = new ProcedureSignature(
                p.Name,
                [.. p.Inputs.Select(i => i.Name)],
                [.. p.Outputs.Select(o => o.Name)]
            );
            return true;
        }
        signature = null;
        return false;
    }
}
