using System.Diagnostics.CodeAnalysis;
using EconSecGraph.Cypher.Syntax.Semantics;

namespace EconSecGraph.Cypher.Syntax.Tests.Tck;

/// <summary>
/// The openCypher function signatures the TCK uses, as the engine would inject them (the real engine passes its
/// own function library).
/// </summary>
public sealed class TckFunctions : IFunctionSignatures
{
    private static readonly Dictionary<string, FunctionSignature> s_functions = Build();

    public static TckFunctions Instance { get; } = new();

    public bool TryGetFunction(string name, [NotNullWhen(true)] out FunctionSignature? signature) =>
        s_functions.TryGetValue(name, out signature);

    private static Dictionary<string, FunctionSignature> Build()
    {
        const StaticType Rel = StaticType.Relationship;
        const StaticType Node = StaticType.Node;
        const StaticType Path = StaticType.Path;
        var list = new List<FunctionSignature>
        {
            new("count", 1, 1, IsAggregate: true, ReturnType: StaticType.Integer),
            new("sum", 1, 1, IsAggregate: true),
            new("avg", 1, 1, IsAggregate: true),
            new("min", 1, 1, IsAggregate: true),
            new("max", 1, 1, IsAggregate: true),
            new("collect", 1, 1, IsAggregate: true, ReturnType: StaticType.List),
            new("stDev", 1, 1, IsAggregate: true),
            new("stDevP", 1, 1, IsAggregate: true),
            new("percentileCont", 2, 2, IsAggregate: true),
            new("percentileDisc", 2, 2, IsAggregate: true),
            new("type", 1, 1, ArgumentTypes: [Rel], ReturnType: StaticType.String | StaticType.Null),
            new("labels", 1, 1, ArgumentTypes: [Node], ReturnType: StaticType.List | StaticType.Null),
            new("id", 1, 1, ArgumentTypes: [Node | Rel]),
            new("elementId", 1, 1, ArgumentTypes: [Node | Rel]),
            new("startNode", 1, 1, ArgumentTypes: [Rel], ReturnType: Node | StaticType.Null),
            new("endNode", 1, 1, ArgumentTypes: [Rel], ReturnType: Node | StaticType.Null),
            new("nodes", 1, 1, ArgumentTypes: [Path], ReturnType: StaticType.List | StaticType.Null),
            new("relationships", 1, 1, ArgumentTypes: [Path], ReturnType: StaticType.List | StaticType.Null),
            new("length", 1, 1, ArgumentTypes: [Path | StaticType.String | StaticType.AnyList]),
            new("properties", 1, 1, ArgumentTypes: [Node | Rel | StaticType.Map]),
            new("keys", 1, 1, ArgumentTypes: [Node | Rel | StaticType.Map]),
            new("exists", 1, 1),
            new("size", 1, 1, ArgumentTypes: [StaticType.String | StaticType.AnyList]),
            new("head", 1, 1, ArgumentTypes: [StaticType.AnyList]),
            new("last", 1, 1, ArgumentTypes: [StaticType.AnyList]),
            new("tail", 1, 1, ArgumentTypes: [StaticType.AnyList]),
            new("reverse", 1, 1),
            new("range", 2, 3),
            new("coalesce", 1, null),
            new("timestamp", 0, 0),
            new("toString", 1, 1),
            new("toInteger", 1, 1),
            new("toFloat", 1, 1),
            new("toBoolean", 1, 1),
            new("toStringOrNull", 1, 1),
            new("toIntegerOrNull", 1, 1),
            new("toFloatOrNull", 1, 1),
            new("toBooleanOrNull", 1, 1),
            new("toUpper", 1, 1),
            new("toLower", 1, 1),
            new("trim", 1, 1),
            new("ltrim", 1, 1),
            new("rtrim", 1, 1),
            new("replace", 3, 3),
            new("substring", 2, 3),
            new("left", 2, 2),
            new("right", 2, 2),
            new("split", 2, 2),
            new("abs", 1, 1),
            new("ceil", 1, 1),
            new("floor", 1, 1),
            new("round", 1, 3),
            new("sign", 1, 1),
            new("rand", 0, 0),
            new("sqrt", 1, 1),
            new("exp", 1, 1),
            new("log", 1, 1),
            new("log10", 1, 1),
            new("e", 0, 0),
            new("pi", 0, 0),
            new("sin", 1, 1),
            new("cos", 1, 1),
            new("tan", 1, 1),
            new("cot", 1, 1),
            new("asin", 1, 1),
            new("acos", 1, 1),
            new("atan", 1, 1),
            new("atan2", 2, 2),
            new("degrees", 1, 1),
            new("radians", 1, 1),
            new("haversin", 1, 1),
            new("date", 0, 1),
            new("localtime", 0, 1),
            new("time", 0, 1),
            new("localdatetime", 0, 1),
            new("datetime", 0, 1),
            new("duration", 1, 1),
            new("point", 1, 1),
            new("distance", 2, 2),
            new("date.truncate", 2, 3),
            new("datetime.truncate", 2, 3),
            new("localdatetime.truncate", 2, 3),
            new("time.truncate", 2, 3),
            new("localtime.truncate", 2, 3),
            new("datetime.fromepoch", 2, 2),
            new("datetime.fromepochmillis", 1, 1),
            new("duration.between", 2, 2),
            new("duration.inMonths", 2, 2),
            new("duration.inDays", 2, 2),
            new("duration.inSeconds", 2, 2),
            new("date.transaction", 0, 1),
            new("date.statement", 0, 1),
            new("date.realtime", 0, 1),
            new("datetime.transaction", 0, 1),
            new("datetime.statement", 0, 1),
            new("datetime.realtime", 0, 1),
            new("localdatetime.transaction", 0, 1),
            new("localdatetime.statement", 0, 1),
            new("localdatetime.realtime", 0, 1),
            new("time.transaction", 0, 1),
            new("time.statement", 0, 1),
            new("time.realtime", 0, 1),
            new("localtime.transaction", 0, 1),
            new("localtime.statement", 0, 1),
            new("localtime.realtime", 0, 1),
            new("valueType", 1, 1),
        };
        return list.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
    }
}
