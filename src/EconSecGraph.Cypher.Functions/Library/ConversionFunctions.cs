using System.Globalization;
using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Values;
using static EconSecGraph.Cypher.Functions.Library.Arg;

namespace EconSecGraph.Cypher.Functions.Library;

/// <summary>Type conversion: <c>toBoolean</c>, <c>toInteger</c>, <c>toFloat</c>, <c>toString</c>, their <c>…OrNull</c> and <c>…List</c> forms.</summary>
public static class ConversionFunctions
{
    private const CypherTypes Any = CypherTypes.Any;

    internal static void Register(FunctionRegistry r)
    {
        Add(
            r,
            "toBoolean",
            CypherTypes.Boolean,
            CypherTypes.Boolean | CypherTypes.String | CypherTypes.Integer,
            ToBoolean,
            "a boolean"
        );
        Add(
            r,
            "toInteger",
            CypherTypes.Integer,
            CypherTypes.Number | CypherTypes.String | CypherTypes.Boolean,
            ToInteger,
            "an integer"
        );
        Add(r, "toFloat", CypherTypes.Float, CypherTypes.Number | CypherTypes.String, ToFloat, "a float");
        Add(
            r,
            "toString",
            CypherTypes.String,
            Any
                & ~(
                    CypherTypes.List | CypherTypes.Map | CypherTypes.Node | CypherTypes.Relationship | CypherTypes.Path
                ),
            ToStringValue,
            "a string"
        );
    }

    private static void Add(
        FunctionRegistry r,
        string name,
        CypherTypes result,
        CypherTypes accepted,
        Func<CypherValue, CypherValue?> convert,
        string what
    )
    {
        r.Register(
            new(
                name,
                [P("input", accepted)],
                result,
                "Converts a value to " + what + ".",
                (a, _) =>
                    a[0].Kind == CypherValueKind.Null
                        ? CypherNull.Instance
                        : convert(a[0]) ?? throw Invalid(name, accepted, a[0])
            )
        );
        r.Register(
            new(
                name + "OrNull",
                [P("input", Any)],
                result,
                "Converts a value to " + what + ", or null when it cannot be converted.",
                (a, _) => a[0].Kind == CypherValueKind.Null ? CypherNull.Instance : Safe(convert, a[0])
            )
        );
        r.Register(
            new(
                name + "List",
                [P("input", CypherTypes.List)],
                CypherTypes.List,
                "Converts each element of a list to " + what + " (null where it cannot be converted).",
                (a, _) =>
                {
                    if (a[0].Kind == CypherValueKind.Null)
                    {
                        return CypherNull.Instance;
                    }
                    var list = List(a[0], name + "List");
                    var items = new CypherValue[list.Count];
                    for (var i = 0; i < items.Length; i++)
                    {
                        items[i] = list[i].Kind == CypherValueKind.Null ? CypherNull.Instance : Safe(convert, list[i]);
                    }
                    return CypherList.Wrap(items);
                }
            )
        );
    }

    private static CypherValue Safe(Func<CypherValue, CypherValue?> convert, CypherValue v)
    {
        try
        {
            return convert(v) ?? CypherNull.Instance;
        }
        catch (Graph.Errors.CypherException)
        {
            return CypherNull.Instance;
        }
    }

    private static Graph.Errors.CypherTypeException Invalid(string name, CypherTypes accepted, CypherValue v) =>
        CypherErrors.InvalidFunctionInput(name, "a value of type " + accepted.Describe(), v);

    /// <summary>Returns the converted value, Cypher null for unparsable strings, or null (C#) when the type is not convertible.</summary>
    public static CypherValue? ToBoolean(CypherValue v) =>
        v switch
        {
            CypherBoolean => v,
            CypherString s => s.Value.Trim().ToLowerInvariant() switch
            {
                "true" => CypherBoolean.True,
                "false" => CypherBoolean.False,
                _ => CypherNull.Instance,
            },
            CypherInteger i => CypherBoolean.Of(i.Value != 0),
            _ => null,
        };

    public static CypherValue? ToInteger(CypherValue v) =>
        v switch
        {
            CypherInteger => v,
            CypherFloat f => double.IsNaN(f.Value) || double.IsInfinity(f.Value)
                ? throw CypherErrors.InvalidArgument(
                    "Cannot convert " + CypherFloat.Format(f.Value) + " to an integer."
                )
                : CypherInteger.Of(NumberComparison.SaturatingToLong(f.Value)),
            CypherBoolean b => CypherInteger.Of(b.Value ? 1 : 0),
            CypherString s => ParseInteger(s.Value),
            _ => null,
        };

    public static CypherValue? ToFloat(CypherValue v) =>
        v switch
        {
            CypherFloat => v,
            CypherInteger i => new CypherFloat(i.Value),
            CypherString s => TryParseDouble(s.Value, out var d) ? new CypherFloat(d) : CypherNull.Instance,
            _ => null,
        };

    public static CypherValue? ToStringValue(CypherValue v) =>
        v.Kind switch
        {
            CypherValueKind.String => v,
            CypherValueKind.List
            or CypherValueKind.Map
            or CypherValueKind.Node
            or CypherValueKind.Relationship
            or CypherValueKind.Path => null,
            _ => new CypherString(v.ToString()),
        };

    private static CypherValue ParseInteger(string s)
    {
        var t = s.Trim();
        if (long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            return CypherInteger.Of(l);
        }
        if (
            TryParseDouble(t, out var d)
            && double.IsFinite(d)
            && d > -9.2233720368547758E18
            && d < 9.2233720368547758E18
        )
        {
            return CypherInteger.Of((long)d);
        }
        return CypherNull.Instance;
    }

    /// <summary>Java's Double.parseDouble subset: decimal and exponent forms, NaN, Infinity; surrounding whitespace allowed.</summary>
    internal static bool TryParseDouble(string s, out double value)
    {
        var t = s.Trim();
        value = 0;
        if (t.Length == 0)
        {
            return false;
        }
        switch (t)
        {
            case "NaN":
            case "+NaN":
            case "-NaN":
                value = double.NaN;
                return true;
            case "Infinity":
            case "+Infinity":
                value = double.PositiveInfinity;
                return true;
            case "-Infinity":
                value = double.NegativeInfinity;
                return true;
        }
        if (t[^1] is 'd' or 'D' or 'f' or 'F')
        {
            t = t[..^1];
        }
        foreach (var ch in t)
        {
            if (!(char.IsAsciiDigit(ch) || ch is '.' or 'e' or 'E' or '+' or '-'))
            {
                return false;
            }
        }
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
