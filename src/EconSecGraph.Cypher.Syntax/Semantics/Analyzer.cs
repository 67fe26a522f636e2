using System.Runtime.CompilerServices;
using EconSecGraph.Cypher.Syntax.Ast;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Cypher.Syntax.Semantics;

/// <summary>The semantic pass proper; partial files by area.</summary>
internal sealed partial class Analyzer
{
    internal const string UndefinedVariable = "UndefinedVariable";
    internal const string VariableAlreadyBound = "VariableAlreadyBound";
    internal const string VariableTypeConflict = "VariableTypeConflict";
    internal const string InvalidArgumentType = "InvalidArgumentType";
    internal const string InvalidClauseComposition = "InvalidClauseComposition";
    internal const string UnexpectedSyntax = "UnexpectedSyntax";

    private static readonly HashSet<string> s_defaultAggregates = new(StringComparer.OrdinalIgnoreCase)
    {
        "count",
        "sum",
        "avg",
        "min",
        "max",
        "collect",
        "stdev",
        "stdevp",
        "percentileCont",
        "percentileDisc",
    };

    private readonly CypherStatement _statement;
    private readonly string _text;
    private readonly SemanticOptions _options;

    // records, not tuples of an int: a list of those is a framework generic JIT-compiled in every process
    private readonly List<OffsetError> _errors = [];

    private sealed record OffsetError(int Offset, CypherException Error);

    private readonly Dictionary<Clause, ClauseScope> _scopes = new(ReferenceEqualityComparer.Instance);

    public Analyzer(CypherStatement statement, SemanticOptions options)
    {
        _statement = statement;
        _text = statement.Text;
        _options = options;
    }

    public CheckedStatement Run()
    {
        IReadOnlyList<string> columns = [];
        switch (_statement.Body)
        {
            case Query query:
                var result = AnalyzeQuery(query, new ScopeBuilder(), QueryRole.Top);
                columns = result?.Select(c => c.Name).ToList() ?? [];
                break;
            case ShowCommand show:
                columns = AnalyzeShow(show);
                break;
            case CreateIndexCommand index when index.Options is not null:
                CheckExpression(index.Options, new ScopeBuilder(), ExpressionUse.Value);
                break;
            case CreateConstraintCommand constraint when constraint.Options is not null:
                CheckExpression(constraint.Options, new ScopeBuilder(), ExpressionUse.Value);
                break;
            default:
                break;
        }
        if (_errors.Count > 0)
        {
            var first = _errors[0];
            foreach (var e in _errors)
            {
                if (e.Offset < first.Offset)
                {
                    first = e;
                }
            }
            throw first.Error;
        }
        return new CheckedStatement(_statement, _scopes, columns);
    }

    private void Error(int offset, string message, string detail)
    {
        var position = SourcePosition.At(_text, offset);
        _errors.Add(new OffsetError(offset, new CypherSyntaxException($"{message} ({position})", position, detail)));
    }

    private void Error(AstNode node, string message, string detail) => Error(node.Span.Start, message, detail);

    private void ErrorWithCode(AstNode node, string code, string message, string detail)
    {
        var position = SourcePosition.At(_text, node.Span.Start);
        _errors.Add(
            new OffsetError(node.Span.Start, new CypherException(code, $"{message} ({position})", position, detail))
        );
    }

    private string TextOf(AstNode node) => node.Span.GetText(_text);

    private static void Guard()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new CypherSyntaxException("The query is nested too deeply to analyse; simplify it");
        }
    }

    private static string TypeName(StaticType type)
    {
        var t = type & ~StaticType.Null;
        return t switch
        {
            StaticType.Boolean => "Boolean",
            StaticType.Integer => "Integer",
            StaticType.Float => "Float",
            StaticType.Number => "Number",
            StaticType.String => "String",
            StaticType.List => "List<Any>",
            StaticType.RelationshipList => "List<Relationship>",
            StaticType.Map => "Map",
            StaticType.Node => "Node",
            StaticType.Relationship => "Relationship",
            StaticType.Path => "Path",
            StaticType.None => "Null",
            _ => "Any",
        };
    }

    /// <summary>True when the type is statically known and cannot be any of <paramref name="allowed"/> (null always passes).</summary>
    private static bool Mismatch(StaticType actual, StaticType allowed) =>
        (actual & ~StaticType.Null) != StaticType.None && (actual & (allowed | StaticType.Null)) == StaticType.None;

    private bool IsAggregateFunction(FunctionInvocation f)
    {
        if (_options.Functions is { } functions && functions.TryGetFunction(f.FullName, out var signature))
        {
            return signature.IsAggregate;
        }
        return f.Namespace.Count == 0 && s_defaultAggregates.Contains(f.Name);
    }
}
