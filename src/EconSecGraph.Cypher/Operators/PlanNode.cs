using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>
/// One operator of a plan. Plans are immutable and cached; each execution opens fresh cursors over
/// a row array (the frame) whose slots the planner assigned to variables.
/// </summary>
internal abstract class PlanNode
{
    protected PlanNode(params PlanNode[] children) => Children = children;

    public IReadOnlyList<PlanNode> Children { get; }

    /// <summary>Neo4j-style operator name, for EXPLAIN/PROFILE.</summary>
    public abstract string Name { get; }

    /// <summary>A short description of what the operator does (EXPLAIN's <c>Details</c>).</summary>
    public virtual string Details => string.Empty;

    /// <summary>Variables visible after this operator (EXPLAIN's identifiers).</summary>
    public IReadOnlyList<string> Identifiers { get; set; } = [];

    public Cursor Open(QueryContext context, CypherValue[] row)
    {
        var cursor = CreateCursor(context, row);
        return context.Profile is { } profile ? new ProfilingCursor(cursor, profile.For(this), context) : cursor;
    }

    protected abstract Cursor CreateCursor(QueryContext context, CypherValue[] row);

    /// <summary>The plan as Bolt and drivers describe it; with figures when <paramref name="profile"/> is given.</summary>
    public PlanDescription Describe(ProfileStatistics? profile)
    {
        var args = new Dictionary<string, CypherValue>(StringComparer.Ordinal);
        if (Details.Length > 0)
        {
            args["Details"] = Details;
        }
        args["planner"] = "COST";
        args["runtime"] = "PIPELINED";
        var children = Children.Select(c => c.Describe(profile)).ToArray();
        var description = new PlanDescription(Name, args, Identifiers, children);
        if (profile is not null)
        {
            var stats = profile.For(this);
            var childHits = Children.Sum(c => profile.For(c).InclusiveDbHits);
            args["Rows"] = stats.Rows;
            args["DbHits"] = Math.Max(0, stats.InclusiveDbHits - childHits);
            description = description with
            {
                Rows = stats.Rows,
                DbHits = Math.Max(0, stats.InclusiveDbHits - childHits),
            };
        }
        return description;
    }
}
