using System.Text;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions;

/// <summary>A scalar function: its signature (for the semantic analyzer and error messages) and its body.</summary>
public sealed class FunctionDefinition
{
    private readonly FunctionBody _body;

    public FunctionDefinition(
        string name,
        IReadOnlyList<FunctionParameter> parameters,
        CypherTypes returnType,
        string description,
        FunctionBody body,
        bool isDeterministic = true
    )
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(body);
        Name = name;
        Parameters = parameters;
        ReturnType = returnType;
        Description = description ?? string.Empty;
        IsDeterministic = isDeterministic;
        _body = body;
        var min = 0;
        var max = 0;
        foreach (var p in parameters)
        {
            if (p.IsVariadic)
            {
                max = int.MaxValue;
                break;
            }
            max++;
            if (!p.IsOptional)
            {
                min = max;
            }
        }
        MinArgs = min;
        MaxArgs = max;
    }

    /// <summary>The canonical name, e.g. <c>toInteger</c> or <c>date.truncate</c> (lookup is case-insensitive).</summary>
    public string Name { get; }

    public IReadOnlyList<FunctionParameter> Parameters { get; }

    public CypherTypes ReturnType { get; }

    public string Description { get; }

    /// <summary>
    /// False when the result may differ between calls with the same arguments (<c>rand()</c>, <c>randomUUID()</c>,
    /// clock-reading functions): the planner must not constant-fold or cache such calls across statements.
    /// </summary>
    public bool IsDeterministic { get; }

    public int MinArgs { get; }

    /// <summary><see cref="int.MaxValue"/> for variadic functions such as <c>coalesce</c>.</summary>
    public int MaxArgs { get; }

    /// <summary>Neo4j-style signature text, e.g. <c>abs(input :: INTEGER | FLOAT) :: INTEGER | FLOAT</c>.</summary>
    public string Signature
    {
        get
        {
            var sb = new StringBuilder(Name).Append('(');
            for (var i = 0; i < Parameters.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }
                sb.Append(Parameters[i]);
            }
            return sb.Append(") :: ").Append(ReturnType.Describe()).ToString();
        }
    }

    /// <summary>The arity error for a call with <paramref name="argumentCount"/> arguments, or null when it is fine.</summary>
    public CypherSyntaxException? CheckArity(int argumentCount, SourcePosition? position = null)
    {
        if (argumentCount < MinArgs)
        {
            return new CypherSyntaxException(
                "Insufficient parameters for function '"
                    + Name
                    + "': expected "
                    + Expected()
                    + ", got "
                    + argumentCount.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + ". Signature: "
                    + Signature,
                position,
                "InvalidNumberOfArguments"
            );
        }
        if (argumentCount > MaxArgs)
        {
            return new CypherSyntaxException(
                "Too many parameters for function '"
                    + Name
                    + "': expected "
                    + Expected()
                    + ", got "
                    + argumentCount.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + ". Signature: "
                    + Signature,
                position,
                "InvalidNumberOfArguments"
            );
        }
        return null;
    }

    /// <summary>Calls the function. The arity is checked; argument types are checked by the body.</summary>
    public CypherValue Invoke(ReadOnlySpan<CypherValue> args, IFunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (args.Length < MinArgs || args.Length > MaxArgs)
        {
            throw CheckArity(args.Length)!;
        }
        return _body(args, context);
    }

    public override string ToString() => Signature;

    private string Expected() =>
        MinArgs == MaxArgs ? Count(MinArgs)
        : MaxArgs == int.MaxValue ? "at least " + Count(MinArgs)
        : "between " + MinArgs.ToString(System.Globalization.CultureInfo.InvariantCulture) + " and " + Count(MaxArgs);

    private static string Count(int n) =>
        n.ToString(System.Globalization.CultureInfo.InvariantCulture) + (n == 1 ? " argument" : " arguments");
}
