using EconSecGraph.Cypher.Operators;
using EconSecGraph.Cypher.Syntax.Ast;

namespace EconSecGraph.Cypher.Planning;

internal sealed partial class QueryPlanner
{
    /// <summary>SHOW … YIELD items [ORDER BY/SKIP/LIMIT] [WHERE] [RETURN …].</summary>
    internal (PlanNode, List<OutputColumn>) PlanShowYield(ShowCommand show, PlanNode current, Scope scope)
    {
        var y = show.Yield!;
        var items = y.All
            ? new List<ProjectionItem>()
            :
            [
                .. y.Items.Select(i => new ProjectionItem(
                    i.Span,
                    new Variable(i.Span, i.Field),
                    i.Alias,
                    i.VariableName
                )),
            ];
        var body = new ProjectionBody(y.Span, false, y.All, items, y.OrderBy, y.Skip, y.Limit);
        var (plan, newScope) = PlanProjection(body, y.Where, current, scope, null, out var columns);
        if (show.Return is not null)
        {
            (plan, _) = PlanProjection(show.Return.Projection, null, plan, newScope, null, out columns);
        }
        return (plan, columns);
    }
}
