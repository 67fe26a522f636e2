using System.Globalization;
using System.Numerics;
using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Values;
using static EconSecGraph.Cypher.Functions.Library.Arg;

namespace EconSecGraph.Cypher.Functions.Library;

/// <summary>Numeric, logarithmic and trigonometric functions.</summary>
internal static class MathFunctions
{
    private const CypherTypes Num = CypherTypes.Number;

    public static void Register(FunctionRegistry r)
    {
        r.Register(new("abs", [P("input", Num)], Num, "The absolute value of a number.", Abs));
        r.Register(
            new(
                "ceil",
                [P("input", Num)],
                CypherTypes.Float,
                "The smallest integral float >= the input.",
                (a, _) => Unary(a, "ceil", Math.Ceiling)
            )
        );
        r.Register(
            new(
                "floor",
                [P("input", Num)],
                CypherTypes.Float,
                "The largest integral float <= the input.",
                (a, _) => Unary(a, "floor", Math.Floor)
            )
        );
        r.Register(
            new(
                "round",
                [P("value", Num), Opt("precision", Num), Opt("mode", CypherTypes.String)],
                CypherTypes.Float,
                "Rounds to the nearest integer, or to a precision with a rounding mode (UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN, UNNECESSARY).",
                Round
            )
        );
        r.Register(new("sign", [P("input", Num)], CypherTypes.Integer, "The signum of a number: -1, 0 or 1.", Sign));
        r.Register(
            new(
                "rand",
                [],
                CypherTypes.Float,
                "A random float in [0, 1).",
                static (_, c) => new CypherFloat(c.NextRandom()),
                isDeterministic: false
            )
        );
        r.Register(new("isNaN", [P("input", Num)], CypherTypes.Boolean, "Whether a number is NaN.", IsNaN));
        r.Register(new("e", [], CypherTypes.Float, "Euler's number.", static (_, _) => new CypherFloat(Math.E)));
        r.Register(
            new("pi", [], CypherTypes.Float, "The mathematical constant pi.", static (_, _) => new CypherFloat(Math.PI))
        );
        RegisterUnary(r, "sqrt", "The square root.", Math.Sqrt);
        RegisterUnary(r, "exp", "e raised to the power of the input.", Math.Exp);
        RegisterUnary(r, "log", "The natural logarithm.", Math.Log);
        RegisterUnary(r, "log10", "The base-10 logarithm.", Math.Log10);
        RegisterUnary(r, "sin", "The sine of an angle in radians.", Math.Sin);
        RegisterUnary(r, "cos", "The cosine of an angle in radians.", Math.Cos);
        RegisterUnary(r, "tan", "The tangent of an angle in radians.", Math.Tan);
        RegisterUnary(r, "cot", "The cotangent of an angle in radians.", static x => Math.Cos(x) / Math.Sin(x));
        RegisterUnary(r, "asin", "The arcsine in radians.", Math.Asin);
        RegisterUnary(r, "acos", "The arccosine in radians.", Math.Acos);
        RegisterUnary(r, "atan", "The arctangent in radians.", Math.Atan);
        RegisterUnary(r, "haversin", "Half the versine: (1 - cos x) / 2.", static x => (1 - Math.Cos(x)) / 2);
        RegisterUnary(r, "degrees", "Radians to degrees.", static x => x * (180.0 / Math.PI));
        RegisterUnary(r, "radians", "Degrees to radians.", static x => x * (Math.PI / 180.0));
        r.Register(
            new(
                "atan2",
                [P("y", Num), P("x", Num)],
                CypherTypes.Float,
                "The arctangent of y/x in radians, using the signs of both to pick the quadrant.",
                static (a, _) =>
                    AnyNull(a)
                        ? CypherNull.Instance
                        : new CypherFloat(Math.Atan2(Number(a[0], "atan2"), Number(a[1], "atan2")))
            )
        );
    }

    private static void RegisterUnary(FunctionRegistry r, string name, string description, Func<double, double> f) =>
        r.Register(new(name, [P("input", Num)], CypherTypes.Float, description, (a, _) => Unary(a, name, f)));

    private static CypherValue Unary(ReadOnlySpan<CypherValue> a, string name, Func<double, double> f) =>
        a[0].Kind == CypherValueKind.Null ? CypherNull.Instance : new CypherFloat(f(Number(a[0], name)));

    private static CypherValue Abs(ReadOnlySpan<CypherValue> a, IFunctionContext c) =>
        a[0] switch
        {
            CypherNull => CypherNull.Instance,
            CypherInteger i => i.Value == long.MinValue
                ? throw CypherErrors.LongOverflow()
                : CypherInteger.Of(Math.Abs(i.Value)),
            CypherFloat f => new CypherFloat(Math.Abs(f.Value)),
            _ => throw CypherErrors.TypeMismatch("Float or Integer", a[0], "abs()"),
        };

    private static CypherValue Sign(ReadOnlySpan<CypherValue> a, IFunctionContext c) =>
        a[0] switch
        {
            CypherNull => CypherNull.Instance,
            CypherInteger i => CypherInteger.Of(Math.Sign(i.Value)),
            CypherFloat f => CypherInteger.Of(double.IsNaN(f.Value) ? 0 : Math.Sign(f.Value)),
            _ => throw CypherErrors.TypeMismatch("Float or Integer", a[0], "sign()"),
        };

    private static CypherValue IsNaN(ReadOnlySpan<CypherValue> a, IFunctionContext c) =>
        a[0] switch
        {
            CypherNull => CypherNull.Instance,
            CypherInteger => CypherBoolean.False,
            CypherFloat f => CypherBoolean.Of(double.IsNaN(f.Value)),
            _ => throw CypherErrors.TypeMismatch("Float or Integer", a[0], "isNaN()"),
        };

    private static CypherValue Round(ReadOnlySpan<CypherValue> a, IFunctionContext c)
    {
        if (AnyNull(a))
        {
            return CypherNull.Instance;
        }
        var x = Number(a[0], "round");
        if (a.Length == 1)
        {
            // Java's Math.round: half-way values round up (towards positive infinity).
            if (!double.IsFinite(x))
            {
                return new CypherFloat(x);
            }
            var floor = Math.Floor(x);
            return new CypherFloat(x - floor >= 0.5 ? floor + 1 : floor);
        }
        var precision = a[1] switch
        {
            CypherInteger i => i.Value,
            CypherFloat f when Math.Floor(f.Value) == f.Value => (long)f.Value,
            _ => throw CypherErrors.TypeMismatch("Integer", a[1], "round() precision"),
        };
        var mode = a.Length == 3 ? String(a[2], "round").ToUpperInvariant() : "HALF_UP";
        if (!double.IsFinite(x))
        {
            return new CypherFloat(x);
        }
        if (precision is < -400 or > 400)
        {
            throw CypherErrors.InvalidArgument(
                "round() precision must be between -400 and 400, got "
                    + precision.ToString(CultureInfo.InvariantCulture)
            );
        }
        return new CypherFloat(RoundDecimal(x, (int)precision, mode));
    }

    /// <summary>Rounds the shortest decimal form of <paramref name="x"/> to <paramref name="scale"/> digits, as Java's BigDecimal.setScale does.</summary>
    internal static double RoundDecimal(double x, int scale, string mode)
    {
        var (unscaled, currentScale) = Decimal(x);
        if (currentScale <= scale)
        {
            return x;
        }
        var divisor = BigInteger.Pow(10, currentScale - scale);
        var quotient = BigInteger.DivRem(unscaled, divisor, out var remainder);
        if (!remainder.IsZero)
        {
            var sign = unscaled.Sign;
            var twice = BigInteger.Abs(remainder) * 2;
            var half = twice.CompareTo(divisor);
            var odd = !quotient.IsEven;
            var awayFromZero = mode switch
            {
                "UP" => true,
                "DOWN" => false,
                "CEILING" => sign > 0,
                "FLOOR" => sign < 0,
                "HALF_UP" => half >= 0,
                "HALF_DOWN" => half > 0,
                "HALF_EVEN" => half > 0 || (half == 0 && odd),
                "UNNECESSARY" => throw CypherErrors.InvalidArgument(
                    "Rounding necessary: round() with mode UNNECESSARY cannot round "
                        + CypherFloat.Format(x)
                        + " to precision "
                        + scale.ToString(CultureInfo.InvariantCulture)
                ),
                _ => throw CypherErrors.InvalidArgument(
                    "Unknown rounding mode '"
                        + mode
                        + "'; use one of UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN, UNNECESSARY."
                ),
            };
            if (awayFromZero)
            {
                quotient += sign;
            }
        }
        var text =
            quotient.ToString(CultureInfo.InvariantCulture) + "E" + (-scale).ToString(CultureInfo.InvariantCulture);
        var result = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return result == 0 && x < 0 ? -0.0 : result;
    }

    private static (BigInteger Unscaled, int Scale) Decimal(double x)
    {
        var r = x.ToString("R", CultureInfo.InvariantCulture);
        var e = r.IndexOf('E', StringComparison.Ordinal);
        var mantissa = e < 0 ? r : r[..e];
        var exponent = e < 0 ? 0 : int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        var fraction = dot < 0 ? 0 : mantissa.Length - dot - 1;
        return (
            BigInteger.Parse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            fraction - exponent
        );
    }
}
