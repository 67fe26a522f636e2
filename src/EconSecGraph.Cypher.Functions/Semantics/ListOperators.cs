using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Semantics;

/// <summary><c>IN</c>, list/map subscripts <c>x[i]</c> and slices <c>x[a..b]</c>.</summary>
public static class ListOperators
{
    /// <summary>
    /// <c>value IN list</c> with three-valued semantics: true when an element equals the value, otherwise null
    /// when some comparison was unknown (nulls involved), otherwise false. A null list gives null.
    /// </summary>
    public static bool? In(CypherValue value, CypherValue list)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(list);
        if (list.Kind == CypherValueKind.Null)
        {
            return null;
        }
        if (list is not CypherList l)
        {
            throw CypherErrors.TypeMismatch("List", list, "IN");
        }
        var unknown = false;
        foreach (var item in l.AsSpan())
        {
            var e = CypherEquality.Equal(value, item);
            if (e == true)
            {
                return true;
            }
            if (e is null)
            {
                unknown = true;
            }
        }
        return unknown ? null : false;
    }

    public static CypherValue InValue(CypherValue value, CypherValue list) => Ternary.ToValue(In(value, list));

    /// <summary>
    /// <c>container[index]</c>: list element (negative counts from the end, out of range gives null) or
    /// map/node/relationship property by string key.
    /// </summary>
    public static CypherValue Subscript(CypherValue container, CypherValue index)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(index);
        if (container.Kind == CypherValueKind.Null || index.Kind == CypherValueKind.Null)
        {
            return CypherNull.Instance;
        }
        switch (container)
        {
            case CypherList list:
            {
                if (index is not CypherInteger i)
                {
                    throw new Graph.Errors.CypherTypeException(
                        "Type mismatch: a list index must be an Integer, but was " + TypeNames.Describe(index),
                        detail: "ListElementAccessByNonInteger"
                    );
                }
                var idx = i.Value < 0 ? i.Value + list.Count : i.Value;
                return idx >= 0 && idx < list.Count ? list[(int)idx] : CypherNull.Instance;
            }
            case CypherMap or CypherNode or CypherRelationship:
                if (index is not CypherString key)
                {
                    throw new Graph.Errors.CypherTypeException(
                        "Type mismatch: a map key must be a String, but was " + TypeNames.Describe(index),
                        detail: "MapElementAccessByNonString"
                    );
                }
                return PropertyAccess.Get(container, key.Value);
            default:
                throw CypherErrors.TypeMismatch("List or Map", container, "subscript");
        }
    }

    /// <summary><c>list[from..to]</c>; either bound may be omitted (pass null) but a null value gives null.</summary>
    public static CypherValue Slice(CypherValue list, CypherValue? from, CypherValue? to)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (list.Kind == CypherValueKind.Null || from is CypherNull || to is CypherNull)
        {
            return CypherNull.Instance;
        }
        if (list is not CypherList l)
        {
            throw CypherErrors.TypeMismatch("List", list, "slice");
        }
        var n = l.Count;
        var start = Bound(from, 0, n);
        var end = Bound(to, n, n);
        if (start >= end)
        {
            return CypherList.Empty;
        }
        return CypherList.Wrap(l.AsSpan()[(int)start..(int)end].ToArray());
    }

    private static long Bound(CypherValue? v, long fallback, int count)
    {
        if (v is null)
        {
            return fallback;
        }
        if (v is not CypherInteger i)
        {
            throw CypherErrors.TypeMismatch("Integer", v, "slice bound");
        }
        var x = i.Value < 0 ? i.Value + count : i.Value;
        return Math.Clamp(x, 0, count);
    }
}
