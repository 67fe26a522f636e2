using EconSecGraph.Cypher.Functions.Aggregation;
using static EconSecGraph.Cypher.Functions.Library.Arg;

namespace EconSecGraph.Cypher.Functions.Library;

internal static class AggregateFunctions
{
    private const CypherTypes Any = CypherTypes.Any;
    private const CypherTypes Num = CypherTypes.Number;

    public static void Register(FunctionRegistry r)
    {
        r.RegisterAggregate(
            new AggregateFunctionDefinition(
                "count",
                [P("input", Any)],
                CypherTypes.Integer,
                "The number of non-null values (count(*) counts rows).",
                static () => new CountAggregator()
            )
        );
        r.RegisterAggregate(
            new AggregateFunctionDefinition(
                "sum",
                [P("input", Num | CypherTypes.Duration)],
                Num | CypherTypes.Duration,
                "The sum of numbers or durations.",
                static () => new SumAggregator()
            )
        );
        r.RegisterAggregate(
            new AggregateFunctionDefinition(
                "avg",
                [P("input", Num | CypherTypes.Duration)],
                CypherTypes.Float | CypherTypes.Duration,
                "The average of numbers or durations.",
                static () => new AvgAggregator()
            )
        );
        r.RegisterAggregate(
            new AggregateFunctionDefinition(
                "min",
                [P("input", Any)],
                Any,
                "The smallest value by Cypher ordering.",
                static () => new MinMaxAggregator(max: false)
            )
        );
        r.RegisterAggregate(
            new AggregateFunctionDefinition(
                "max",
                [P("input", Any)],
                Any,
                "The largest value by Cypher ordering.",
                static () => new MinMaxAggregator(max: true)
            )
        );
        r.RegisterAggregate(
            new AggregateFunctionDefinition(
                "collect",
                [P("input", Any)],
                CypherTypes.List,
                "The non-null values as a list.",
                static () => new CollectAggregator()
            )
        );
        r.RegisterAggregate(
            new AggregateFunctionDefinition(
                "percentileCont",
                [P("input", Num), P("percentile", CypherTypes.Float)],
                CypherTypes.Float,
                "The percentile by linear interpolation.",
                static () => new PercentileAggregator(continuous: true)
            )
        );
        r.RegisterAggregate(
            new AggregateFunctionDefinition(
                "percentileDisc",
                [P("input", Num), P("percentile", CypherTypes.Float)],
                Num,
                "The nearest value at the percentile.",
                static () => new PercentileAggregator(continuous: false)
            )
        );
        r.RegisterAggregate(
            new AggregateFunctionDefinition(
                "stDev",
                [P("input", Num)],
                CypherTypes.Float,
                "The sample standard deviation.",
                static () => new StDevAggregator(population: false)
            )
        );
        r.RegisterAggregate(
            new AggregateFunctionDefinition(
                "stDevP",
                [P("input", Num)],
                CypherTypes.Float,
                "The population standard deviation.",
                static () => new StDevAggregator(population: true)
            )
        );
    }
}
