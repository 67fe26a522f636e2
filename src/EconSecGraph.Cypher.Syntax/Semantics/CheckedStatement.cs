using EconSecGraph.Cypher.Syntax.Ast;

namespace EconSecGraph.Cypher.Syntax.Semantics;

/// <summary>
/// A statement that passed semantic analysis, with the scope before and after every clause (subqueries and
/// FOREACH bodies included) and the result columns of the outermost query.
/// </summary>
public sealed class CheckedStatement
{
    private readonly Dictionary<Clause, ClauseScope> _scopes;

    internal CheckedStatement(
        CypherStatement statement,
        Dictionary<Clause, ClauseScope> scopes,
        IReadOnlyList<string> columns
    )
    {
        Statement = statement;
        _scopes = scopes;
        Columns = columns;
    }

    public CypherStatement Statement { get; }

    /// <summary>The result column names, in order (empty for queries that return nothing).</summary>
    public IReadOnlyList<string> Columns { get; }

    public ClauseScope ScopeOf(Clause clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        return _scopes.TryGetValue(clause, out var scope)
            ? scope
            : throw new ArgumentException("The clause is not part of this statement", nameof(clause));
    }

    public IReadOnlyCollection<ClauseScope> Scopes => _scopes.Values;
}
