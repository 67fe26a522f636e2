using System.Diagnostics.CodeAnalysis;
using EconSecGraph.Cypher.Syntax.Semantics;

namespace EconSecGraph.Cypher.Syntax.Tests.Tck;

/// <summary>Procedures declared by a scenario's "there exists a procedure name(in :: T) :: (out :: T)" steps.</summary>
public sealed class TckProcedures(IEnumerable<ProcedureSignature> procedures) : IProcedureSignatures
{
    private readonly Dictionary<string, ProcedureSignature> _byName = procedures.ToDictionary(
        p => p.Name,
        StringComparer.Ordinal
    );

    public bool TryGetProcedure(string name, [NotNullWhen(true)] out ProcedureSignature? signature) =>
        _byName.TryGetValue(name, out signature);

    /// <summary>Parses e.g. <c>test.my.proc(name :: STRING?, id :: INTEGER?) :: (city :: STRING?)</c>.</summary>
    public static ProcedureSignature ParseSignature(string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var name = text[..open].Trim();
        var close = text.IndexOf(')', open);
        var inputs = Fields(text[(open + 1)..close]);
        var inputTypes = text[(open + 1)..close]
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.Split("::", StringSplitOptions.TrimEntries) is [_, var t] ? TypeOf(t) : StaticType.Any)
            .ToList();
        var rest = text[(close + 1)..];
        var outOpen = rest.IndexOf('(', StringComparison.Ordinal);
        var outputs = outOpen < 0 ? [] : Fields(rest[(outOpen + 1)..rest.LastIndexOf(')')]);
        return new ProcedureSignature(name, inputs, outputs, inputTypes);
    }

    private static StaticType TypeOf(string type) =>
        type.TrimEnd('?').ToUpperInvariant() switch
        {
            "INTEGER" => StaticType.Integer,
            "FLOAT" => StaticType.Number,
            "NUMBER" => StaticType.Number,
            "STRING" => StaticType.String,
            "BOOLEAN" => StaticType.Boolean,
            "NODE" => StaticType.Node,
            "RELATIONSHIP" => StaticType.Relationship,
            "PATH" => StaticType.Path,
            "MAP" => StaticType.Map,
            _ => StaticType.Any,
        };

    private static List<string> Fields(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.Split("::", StringSplitOptions.TrimEntries)[0])
            .Where(f => f.Length > 0)
            .ToList();
}
