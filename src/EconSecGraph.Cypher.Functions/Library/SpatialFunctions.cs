using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Cypher.Functions.Spatial;
using EconSecGraph.Graph.Values;
using static EconSecGraph.Cypher.Functions.Library.Arg;

namespace EconSecGraph.Cypher.Functions.Library;

internal static class SpatialFunctions
{
    private const CypherTypes Pt = CypherTypes.Point;

    public static void Register(FunctionRegistry r)
    {
        r.Register(
            new(
                "point",
                [P("input", CypherTypes.Map)],
                Pt,
                "A 2D or 3D point in a cartesian or WGS-84 coordinate system.",
                static (a, _) =>
                    a[0] switch
                    {
                        CypherNull => CypherNull.Instance,
                        CypherMap m => Points.FromMap(m),
                        _ => throw CypherErrors.TypeMismatch("Map", a[0], "point()"),
                    }
            )
        );
        var distance = new FunctionDefinition(
            "point.distance",
            [P("from", Pt), P("to", Pt)],
            CypherTypes.Float,
            "The distance between two points in the same CRS (metres for WGS-84).",
            static (a, _) => Points.Distance(a[0], a[1])
        );
        r.Register(distance);
        r.RegisterAlias("distance", distance);
        r.Register(
            new(
                "point.withinBBox",
                [P("point", Pt), P("lowerLeft", Pt), P("upperRight", Pt)],
                CypherTypes.Boolean,
                "Whether a point lies within a bounding box.",
                static (a, _) => Points.WithinBBox(a[0], a[1], a[2])
            )
        );
    }
}
