using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using static EconSecGraph.Cypher.Functions.Tests.Library.F;
using static EconSecGraph.Cypher.Functions.Tests.V;

namespace EconSecGraph.Cypher.Functions.Tests.Library;

public class SpatialFunctionsTests
{
    [Fact]
    public void Point_FromMaps()
    {
        var p = (CypherPoint)Call("point", M(("x", I(1)), ("y", F(2.5))));
        Assert.Equal(CypherPoint.Cartesian2D, p.Srid);
        var g = (CypherPoint)Call("point", M(("longitude", F(12.5)), ("latitude", F(56.0)), ("height", I(100))));
        Assert.Equal(CypherPoint.Wgs84_3D, g.Srid);
        Assert.Equal(100.0, g.Z);
        var c3 = (CypherPoint)Call("point", M(("x", I(1)), ("y", I(2)), ("z", I(3))));
        Assert.Equal(CypherPoint.Cartesian3D, c3.Srid);
        var bySrid = (CypherPoint)Call("point", M(("x", I(1)), ("y", I(2)), ("srid", I(4326))));
        Assert.Equal(CypherPoint.Wgs84_2D, bySrid.Srid);
        Assert.Same(CypherNull.Instance, Call("point", M(("x", I(1)), ("y", Null))));
        Assert.Throws<CypherArgumentException>(() => Call("point", M(("x", I(1)))));
        Assert.Throws<CypherArgumentException>(() => Call("point", M(("longitude", I(1)), ("latitude", I(91)))));
        Assert.Throws<CypherArgumentException>(() => Call("point", M(("x", I(1)), ("y", I(2)), ("crs", S("mars")))));
    }

    [Fact]
    public void Distance_CartesianAndGeographic()
    {
        var a = Call("point", M(("x", I(0)), ("y", I(0))));
        var b = Call("point", M(("x", I(3)), ("y", I(4))));
        Assert.Equal(F(5.0), Call("point.distance", a, b));
        Assert.Equal(F(5.0), Call("distance", a, b));
        var malmo = Call("point", M(("longitude", F(13.0)), ("latitude", F(55.6))));
        var copenhagen = Call("point", M(("longitude", F(12.57)), ("latitude", F(55.68))));
        var d = ((CypherFloat)Call("point.distance", malmo, copenhagen)).Value;
        Assert.InRange(d, 27_000, 29_000);
        Assert.Same(CypherNull.Instance, Call("point.distance", a, malmo));
        Assert.Same(CypherNull.Instance, Call("point.distance", a, Null));
    }

    [Fact]
    public void WithinBBox_IncludingDateLine()
    {
        var p = Call("point", M(("x", I(1)), ("y", I(1))));
        Assert.Equal(
            B(true),
            Call(
                "point.withinBBox",
                p,
                Call("point", M(("x", I(0)), ("y", I(0)))),
                Call("point", M(("x", I(2)), ("y", I(2))))
            )
        );
        Assert.Equal(
            B(false),
            Call(
                "point.withinBBox",
                p,
                Call("point", M(("x", I(2)), ("y", I(0)))),
                Call("point", M(("x", I(3)), ("y", I(2))))
            )
        );
        var geo = Call("point", M(("longitude", I(179)), ("latitude", I(0))));
        Assert.Equal(
            B(true),
            Call(
                "point.withinBBox",
                geo,
                Call("point", M(("longitude", I(170)), ("latitude", I(-10)))),
                Call("point", M(("longitude", I(-170)), ("latitude", I(10))))
            )
        );
    }

    [Fact]
    public void PointComponents()
    {
        var g = Call("point", M(("longitude", F(12.5)), ("latitude", F(56.0))));
        Assert.Equal(F(12.5), PropertyAccess.Get(g, "longitude"));
        Assert.Equal(F(56.0), PropertyAccess.Get(g, "y"));
        Assert.Equal(S("wgs-84"), PropertyAccess.Get(g, "crs"));
        Assert.Equal(I(4326), PropertyAccess.Get(g, "srid"));
        var c = Call("point", M(("x", I(1)), ("y", I(2))));
        Assert.Throws<CypherArgumentException>(() => PropertyAccess.Get(c, "latitude"));
        Assert.Throws<CypherArgumentException>(() => PropertyAccess.Get(c, "z"));
        Assert.Throws<CypherArgumentException>(() => PropertyAccess.Get(c, "colour"));
    }
}
