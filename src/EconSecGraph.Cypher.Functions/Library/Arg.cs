using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Library;

/// <summary>Argument helpers for function bodies.</summary>
internal static class Arg
{
    public static FunctionParameter P(string name, CypherTypes type) => new(name, type);

    public static FunctionParameter Opt(string name, CypherTypes type) => new(name, type, IsOptional: true);

    public static FunctionParameter Var(string name, CypherTypes type) =>
        new(name, type, IsOptional: true, IsVariadic: true);

    public static bool AnyNull(ReadOnlySpan<CypherValue> args)
    {
        foreach (var a in args)
        {
            if (a.Kind == CypherValueKind.Null)
            {
                return true;
            }
        }
        return false;
    }

    public static double Number(CypherValue v, string function) =>
        v switch
        {
            CypherInteger i => i.Value,
            CypherFloat f => f.Value,
            _ => throw CypherErrors.TypeMismatch("Float or Integer", v, function + "()"),
        };

    public static long Integer(CypherValue v, string function, string what = "argument") =>
        v is CypherInteger i ? i.Value : throw CypherErrors.TypeMismatch("Integer", v, function + "() " + what);

    public static string String(CypherValue v, string function) =>
        v is CypherString s ? s.Value : throw CypherErrors.TypeMismatch("String", v, function + "()");

    public static CypherList List(CypherValue v, string function) =>
        v is CypherList l ? l : throw CypherErrors.TypeMismatch("List", v, function + "()");

    public static CypherMap Map(CypherValue v, string function) =>
        v is CypherMap m ? m : throw CypherErrors.TypeMismatch("Map", v, function + "()");
}
