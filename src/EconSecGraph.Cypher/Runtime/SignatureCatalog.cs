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
            var type = lower switch
            {
                "labels" => StaticType.Node,
                "type" or "startnode" or "endnode" => StaticType.Relationship,
                "properties" or "keys" => StaticType.Node | StaticType.Relationship | StaticType.Map,
                "length" or "nodes" or "relationships" => StaticType.Path,
                "id" or "elementid" => StaticType.Node | StaticType.Relationship,
                _ => StaticType.Any,
            };
            signature = new FunctionSignature(name, 1, 1, ArgumentTypes: [type | StaticType.Null]);
            return true;
        }
        if (lower is "size")
        {
            signature = new FunctionSignature(
                name,
                1,
                1,
                ArgumentTypes: [StaticType.String | StaticType.AnyList | StaticType.Null | StaticType.Other]
            );
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

    private static StaticType TypeOf(string type) =>
        StaticType.Null
        | type switch
        {
            "INTEGER" => StaticType.Integer,
            "FLOAT" or "NUMBER" => StaticType.Number,
            "STRING" => StaticType.String,
            "BOOLEAN" => StaticType.Boolean,
            "MAP" => StaticType.Map,
            "NODE" => StaticType.Node,
            "RELATIONSHIP" => StaticType.Relationship,
            "PATH" => StaticType.Path,
            _ when type.StartsWith("LIST", StringComparison.Ordinal) => StaticType.AnyList,
            _ => StaticType.Any,
        };

    public bool TryGetProcedure(string name, [NotNullWhen(true)] out ProcedureSignature? signature)
    {
        if (procedures.Find(name) is { } p)
        {
            // loops rather than LINQ over value types, which would be JIT-compiled on the first CALL
            var inputs = new string[p.Inputs.Count];
            var types = new StaticType[p.Inputs.Count];
            var required = -1;
            for (var i = 0; i < inputs.Length; i++)
            {
                inputs[i] = p.Inputs[i].Name;
                types[i] = TypeOf(p.Inputs[i].Type);
                if (required < 0 && p.Inputs[i].Default is not null)
                {
                    required = i;
                }
            }
            var outputs = new string[p.Outputs.Count];
            for (var i = 0; i < outputs.Length; i++)
            {
                outputs[i] = p.Outputs[i].Name;
            }
            signature = new ProcedureSignature(p.Name, inputs, outputs, types, required < 0 ? inputs.Length : required);
            return true;
        }
        signature = null;
        return false;
    }
}
