using System.Globalization;
using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using static EconSecGraph.Cypher.Functions.Library.Arg;

namespace EconSecGraph.Cypher.Functions.Library;

/// <summary>List and general scalar functions (size, head, range, coalesce, keys, valueType…).</summary>
internal static class ListFunctions
{
    /// <summary>The largest list <c>range()</c> materialises.</summary>
    public const long MaxRangeSize = 100_000_000;

    private const CypherTypes L = CypherTypes.List;
    private const CypherTypes Any = CypherTypes.Any;
    private const CypherTypes Entity = CypherTypes.Map | CypherTypes.Node | CypherTypes.Relationship;

    public static void Register(FunctionRegistry r)
    {
        r.Register(
            new(
                "size",
                [P("input", L | CypherTypes.String | CypherTypes.Bytes)],
                CypherTypes.Integer,
                "The number of elements in a list or characters in a string.",
                Size
            )
        );
        r.Register(
            new(
                "length",
                [P("input", CypherTypes.Path)],
                CypherTypes.Integer,
                "The number of relationships in a path.",
                Length
            )
        );
        r.Register(
            new(
                "head",
                [P("list", L)],
                Any,
                "The first element, or null for an empty list.",
                (a, _) => HeadLast(a[0], "head", first: true)
            )
        );
        r.Register(
            new(
                "last",
                [P("list", L)],
                Any,
                "The last element, or null for an empty list.",
                (a, _) => HeadLast(a[0], "last", first: false)
            )
        );
        r.Register(new("tail", [P("list", L)], L, "All but the first element.", Tail));
        r.Register(
            new(
                "range",
                [P("start", CypherTypes.Integer), P("end", CypherTypes.Integer), Opt("step", CypherTypes.Integer)],
                L,
                "Integers from start to end inclusive, by step.",
                Range
            )
        );
        r.Register(
            new(
                "reverse",
                [P("input", L | CypherTypes.String)],
                L | CypherTypes.String,
                "A list or string in reverse order.",
                Reverse
            )
        );
        r.Register(new("keys", [P("input", Entity)], L, "The property keys of a map, node or relationship.", Keys));
        r.Register(
            new(
                "properties",
                [P("input", Entity)],
                CypherTypes.Map,
                "The properties of a node or relationship as a map (a map is returned as is).",
                Properties
            )
        );
        r.Register(
            new("coalesce", [P("input", Any), Var("inputs", Any)], Any, "The first non-null argument.", Coalesce)
        );
        r.Register(
            new(
                "isEmpty",
                [P("input", L | CypherTypes.Map | CypherTypes.String)],
                CypherTypes.Boolean,
                "Whether a list, map or string is empty.",
                IsEmpty
            )
        );
        r.Register(
            new(
                "nullIf",
                [P("v1", Any), P("v2", Any)],
                Any,
                "Null when v1 = v2, otherwise v1.",
                static (a, _) => CypherEquality.Equal(a[0], a[1]) == true ? CypherNull.Instance : a[0]
            )
        );
        r.Register(
            new(
                "valueType",
                [P("input", Any)],
                CypherTypes.String,
                "The Cypher type of a value, e.g. 'INTEGER NOT NULL'.",
                static (a, _) => new CypherString(ValueTypes.Describe(a[0]))
            )
        );
        r.Register(
            new(
                "timestamp",
                [],
                CypherTypes.Integer,
                "Milliseconds since 1970-01-01T00:00Z at the start of the statement.",
                static (_, c) => CypherInteger.Of(c.StatementTime.ToUnixTimeMilliseconds()),
                isDeterministic: false
            )
        );
        r.Register(
            new(
                "randomUUID",
                [],
                CypherTypes.String,
                "A random UUID string.",
                static (_, c) => new CypherString(c.NewRandomUuid().ToString("D", CultureInfo.InvariantCulture)),
                isDeterministic: false
            )
        );
    }

    private static CypherValue Size(ReadOnlySpan<CypherValue> a, IFunctionContext c) =>
        a[0] switch
        {
            CypherNull => CypherNull.Instance,
            CypherList l => CypherInteger.Of(l.Count),
            CypherString s => CypherInteger.Of(StringFunctions.CodePointCount(s.Value)),
            CypherBytes b => CypherInteger.Of(b.Value.Length),
            _ => throw CypherErrors.TypeMismatch("String or List<T>", a[0], "size()"),
        };

    private static CypherValue Length(ReadOnlySpan<CypherValue> a, IFunctionContext c) =>
        a[0] switch
        {
            CypherNull => CypherNull.Instance,
            CypherPath p => CypherInteger.Of(p.Length),
            _ => throw CypherErrors.TypeMismatch("Path", a[0], "length()"),
        };

    private static CypherValue HeadLast(CypherValue v, string name, bool first)
    {
        if (v.Kind == CypherValueKind.Null)
        {
            return CypherNull.Instance;
        }
        var l = List(v, name);
        return l.Count == 0 ? CypherNull.Instance
            : first ? l[0]
            : l[^1];
    }

    private static CypherValue Tail(ReadOnlySpan<CypherValue> a, IFunctionContext c)
    {
        if (a[0].Kind == CypherValueKind.Null)
        {
            return CypherNull.Instance;
        }
        var l = List(a[0], "tail");
        return l.Count <= 1 ? CypherList.Empty : CypherList.Wrap(l.AsSpan()[1..].ToArray());
    }

    private static CypherList Range(ReadOnlySpan<CypherValue> a, IFunctionContext c)
    {
        var start = RangeArg(a[0], "start");
        var end = RangeArg(a[1], "end");
        var step = a.Length > 2 ? RangeArg(a[2], "step") : 1;
        if (step == 0)
        {
            throw CypherErrors.NumberOutOfRange("Step argument to range() can't be 0");
        }
        if ((step > 0 && start > end) || (step < 0 && start < end))
        {
            return CypherList.Empty;
        }
        var span = step > 0 ? (Int128)end - start : (Int128)start - end;
        var count = (span / Int128.Abs(step)) + 1;
        if (count > MaxRangeSize)
        {
            throw CypherErrors.InvalidArgument(
                "range() would produce "
                    + count.ToString(CultureInfo.InvariantCulture)
                    + " elements; the limit is "
                    + MaxRangeSize.ToString(CultureInfo.InvariantCulture)
                    + ". Use a narrower range or a larger step."
            );
        }
        var items = new CypherValue[(int)count];
        var x = start;
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = CypherInteger.Of(x);
            x = unchecked(x + step);
        }
        return CypherList.Wrap(items);
    }

    private static long RangeArg(CypherValue v, string name) =>
        v is CypherInteger i
            ? i.Value
            : throw new CypherArgumentException(
                "Invalid input for function 'range()': the "
                    + name
                    + " argument must be an Integer, but was "
                    + TypeNames.Describe(v),
                detail: "InvalidArgumentType"
            );

    private static CypherValue Reverse(ReadOnlySpan<CypherValue> a, IFunctionContext c)
    {
        switch (a[0])
        {
            case CypherNull:
                return CypherNull.Instance;
            case CypherString s:
                return new CypherString(StringFunctions.ReverseCodePoints(s.Value));
            case CypherList l:
            {
                var items = l.AsSpan().ToArray();
                Array.Reverse(items);
                return CypherList.Wrap(items);
            }
            default:
                throw CypherErrors.TypeMismatch("String or List<T>", a[0], "reverse()");
        }
    }

    private static CypherValue Keys(ReadOnlySpan<CypherValue> a, IFunctionContext c)
    {
        IEnumerable<string> keys = a[0] switch
        {
            CypherNull => [],
            CypherMap m => m.Keys,
            CypherNode n => n.Properties.Keys,
            CypherRelationship r => r.Properties.Keys,
            _ => throw CypherErrors.TypeMismatch("Map, Node or Relationship", a[0], "keys()"),
        };
        if (a[0].Kind == CypherValueKind.Null)
        {
            return CypherNull.Instance;
        }
        var list = new List<CypherValue>();
        foreach (var k in keys)
        {
            list.Add(new CypherString(k));
        }
        return CypherList.Wrap([.. list]);
    }

    private static CypherValue Properties(ReadOnlySpan<CypherValue> a, IFunctionContext c) =>
        a[0] switch
        {
            CypherNull => CypherNull.Instance,
            CypherMap m => m,
            CypherNode n => new CypherMap(n.Properties),
            CypherRelationship r => new CypherMap(r.Properties),
            _ => throw CypherErrors.TypeMismatch("Map, Node or Relationship", a[0], "properties()"),
        };

    private static CypherValue Coalesce(ReadOnlySpan<CypherValue> a, IFunctionContext c)
    {
        foreach (var v in a)
        {
            if (v.Kind != CypherValueKind.Null)
            {
                return v;
            }
        }
        return CypherNull.Instance;
    }

    private static CypherValue IsEmpty(ReadOnlySpan<CypherValue> a, IFunctionContext c) =>
        a[0] switch
        {
            CypherNull => CypherNull.Instance,
            CypherList l => CypherBoolean.Of(l.Count == 0),
            CypherMap m => CypherBoolean.Of(m.Count == 0),
            CypherString s => CypherBoolean.Of(s.Value.Length == 0),
            _ => throw CypherErrors.TypeMismatch("String, List<T> or Map", a[0], "isEmpty()"),
        };
}
