using EconSecGraph.Cypher.Functions.Temporal;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Semantics;

/// <summary>
/// Cypher's arithmetic operators <c>+ - * / % ^</c> and unary minus. Integer arithmetic is checked
/// (overflow raises Neo4j's ArithmeticError "long overflow"), integer division and modulo by zero raise
/// "/ by zero", float division follows IEEE-754, <c>^</c> always gives a float. <c>+</c> also concatenates
/// strings and lists and adds durations to temporal values.
/// </summary>
public static class CypherArithmetic
{
    public static CypherValue Add(CypherValue a, CypherValue b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a is CypherInteger ia && b is CypherInteger ib)
        {
            return CypherInteger.Of(AddExact(ia.Value, ib.Value));
        }
        if (a.Kind == CypherValueKind.Null || b.Kind == CypherValueKind.Null)
        {
            return CypherNull.Instance;
        }
        if (IsNumber(a) && IsNumber(b))
        {
            return new CypherFloat(AsDouble(a) + AsDouble(b));
        }
        if (a is CypherList la)
        {
            return b is CypherList lb ? Concat(la, lb) : Append(la, b);
        }
        if (b is CypherList lb2)
        {
            return Prepend(a, lb2);
        }
        if (a is CypherString sa)
        {
            if (b is CypherString sb)
            {
                return new CypherString(string.Concat(sa.Value, sb.Value));
            }
            if (IsStringConcatenable(b))
            {
                return new CypherString(string.Concat(sa.Value, Render(b)));
            }
        }
        else if (b is CypherString sb2 && IsStringConcatenable(a))
        {
            return new CypherString(string.Concat(Render(a), sb2.Value));
        }
        if (b is CypherDuration db)
        {
            if (a is CypherDuration da)
            {
                return DurationArithmetic.Add(da, db);
            }
            if (TemporalArithmetic.IsTemporal(a))
            {
                return TemporalArithmetic.Add(a, db);
            }
        }
        else if (a is CypherDuration da2 && TemporalArithmetic.IsTemporal(b))
        {
            return TemporalArithmetic.Add(b, da2);
        }
        throw Mismatch("Cannot add `{0}` and `{1}`", a, b);
    }

    public static CypherValue Subtract(CypherValue a, CypherValue b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a is CypherInteger ia && b is CypherInteger ib)
        {
            return CypherInteger.Of(SubtractExact(ia.Value, ib.Value));
        }
        if (a.Kind == CypherValueKind.Null || b.Kind == CypherValueKind.Null)
        {
            return CypherNull.Instance;
        }
        if (IsNumber(a) && IsNumber(b))
        {
            return new CypherFloat(AsDouble(a) - AsDouble(b));
        }
        if (b is CypherDuration db)
        {
            if (a is CypherDuration da)
            {
                return DurationArithmetic.Subtract(da, db);
            }
            if (TemporalArithmetic.IsTemporal(a))
            {
                return TemporalArithmetic.Add(a, DurationArithmetic.Negate(db));
            }
        }
        throw Mismatch("Cannot subtract `{1}` from `{0}`", a, b);
    }

    public static CypherValue Multiply(CypherValue a, CypherValue b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a is CypherInteger ia && b is CypherInteger ib)
        {
            return CypherInteger.Of(MultiplyExact(ia.Value, ib.Value));
        }
        if (a.Kind == CypherValueKind.Null || b.Kind == CypherValueKind.Null)
        {
            return CypherNull.Instance;
        }
        if (IsNumber(a) && IsNumber(b))
        {
            return new CypherFloat(AsDouble(a) * AsDouble(b));
        }
        if (a is CypherDuration da && IsNumber(b))
        {
            return DurationArithmetic.Multiply(da, b);
        }
        if (b is CypherDuration db && IsNumber(a))
        {
            return DurationArithmetic.Multiply(db, a);
        }
        throw Mismatch("Cannot multiply `{0}` and `{1}`", a, b);
    }

    public static CypherValue Divide(CypherValue a, CypherValue b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a is CypherInteger ia && b is CypherInteger ib)
        {
            return CypherInteger.Of(DivideExact(ia.Value, ib.Value));
        }
        if (a.Kind == CypherValueKind.Null || b.Kind == CypherValueKind.Null)
        {
            return CypherNull.Instance;
        }
        if (IsNumber(a) && IsNumber(b))
        {
            return new CypherFloat(AsDouble(a) / AsDouble(b));
        }
        if (a is CypherDuration da && IsNumber(b))
        {
            return DurationArithmetic.Divide(da, b);
        }
        throw Mismatch("Cannot divide `{0}` by `{1}`", a, b);
    }

    public static CypherValue Modulo(CypherValue a, CypherValue b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a is CypherInteger ia && b is CypherInteger ib)
        {
            if (ib.Value == 0)
            {
                throw CypherErrors.DivisionByZero();
            }
            // long.MinValue % -1 overflows in .NET; mathematically it is 0.
            return CypherInteger.Of(ib.Value == -1 ? 0 : ia.Value % ib.Value);
        }
        if (a.Kind == CypherValueKind.Null || b.Kind == CypherValueKind.Null)
        {
            return CypherNull.Instance;
        }
        if (IsNumber(a) && IsNumber(b))
        {
            return new CypherFloat(AsDouble(a) % AsDouble(b));
        }
        throw Mismatch("Cannot calculate modulus of `{0}` and `{1}`", a, b);
    }

    public static CypherValue Power(CypherValue a, CypherValue b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Kind == CypherValueKind.Null || b.Kind == CypherValueKind.Null)
        {
            return CypherNull.Instance;
        }
        if (IsNumber(a) && IsNumber(b))
        {
            return new CypherFloat(Math.Pow(AsDouble(a), AsDouble(b)));
        }
        throw Mismatch("Cannot raise `{0}` to the power of `{1}`", a, b);
    }

    /// <summary>Unary minus: integers (checked), floats and durations.</summary>
    public static CypherValue Negate(CypherValue a)
    {
        ArgumentNullException.ThrowIfNull(a);
        switch (a)
        {
            case CypherInteger i:
                return i.Value == long.MinValue ? throw CypherErrors.LongOverflow() : CypherInteger.Of(-i.Value);
            case CypherFloat f:
                return new CypherFloat(-f.Value);
            case CypherDuration d:
                return DurationArithmetic.Negate(d);
            case CypherNull:
                return CypherNull.Instance;
            default:
                throw CypherErrors.OperatorMismatch(
                    "Cannot negate `" + TypeNames.Of(a) + "`: unary minus needs an Integer, Float or Duration"
                );
        }
    }

    /// <summary>Unary plus: returns numbers and durations unchanged.</summary>
    public static CypherValue Plus(CypherValue a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return
            a.Kind
                is CypherValueKind.Integer
                    or CypherValueKind.Float
                    or CypherValueKind.Duration
                    or CypherValueKind.Null
            ? a
            : throw CypherErrors.OperatorMismatch(
                "Cannot apply unary plus to `" + TypeNames.Of(a) + "`: it needs an Integer, Float or Duration"
            );
    }

    public static long AddExact(long a, long b)
    {
        var r = unchecked(a + b);
        return ((a ^ r) & (b ^ r)) < 0 ? throw CypherErrors.LongOverflow() : r;
    }

    public static long SubtractExact(long a, long b)
    {
        var r = unchecked(a - b);
        return ((a ^ b) & (a ^ r)) < 0 ? throw CypherErrors.LongOverflow() : r;
    }

    public static long MultiplyExact(long a, long b)
    {
        var r = Math.BigMul(a, b, out var low);
        return (r == 0 && low >= 0) || (r == -1 && low < 0) ? low : throw CypherErrors.LongOverflow();
    }

    public static long DivideExact(long a, long b)
    {
        if (b == 0)
        {
            throw CypherErrors.DivisionByZero();
        }
        return b == -1 ? (a == long.MinValue ? throw CypherErrors.LongOverflow() : -a) : a / b;
    }

    internal static bool IsNumber(CypherValue v) => v.Kind is CypherValueKind.Integer or CypherValueKind.Float;

    internal static double AsDouble(CypherValue v) => v is CypherInteger i ? i.Value : ((CypherFloat)v).Value;

    private static bool IsStringConcatenable(CypherValue v) =>
        v.Kind
            is not (
                CypherValueKind.Map
                or CypherValueKind.Node
                or CypherValueKind.Relationship
                or CypherValueKind.Path
                or CypherValueKind.Bytes
            );

    private static string Render(CypherValue v) => v.ToString();

    private static CypherList Concat(CypherList a, CypherList b)
    {
        var items = new CypherValue[a.Count + b.Count];
        a.AsSpan().CopyTo(items);
        b.AsSpan().CopyTo(items.AsSpan(a.Count));
        return CypherList.Wrap(items);
    }

    private static CypherList Append(CypherList a, CypherValue b)
    {
        var items = new CypherValue[a.Count + 1];
        a.AsSpan().CopyTo(items);
        items[^1] = b;
        return CypherList.Wrap(items);
    }

    private static CypherList Prepend(CypherValue a, CypherList b)
    {
        var items = new CypherValue[b.Count + 1];
        items[0] = a;
        b.AsSpan().CopyTo(items.AsSpan(1));
        return CypherList.Wrap(items);
    }

    private static Graph.Errors.CypherTypeException Mismatch(string format, CypherValue a, CypherValue b) =>
        CypherErrors.OperatorMismatch(
            string.Format(System.Globalization.CultureInfo.InvariantCulture, format, TypeNames.Of(a), TypeNames.Of(b))
        );
}
