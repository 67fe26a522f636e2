using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Spatial;

/// <summary>Component access on points (<c>p.x</c>, <c>p.latitude</c>, <c>p.crs</c>, <c>p.srid</c>…).</summary>
public static class PointFields
{
    public static CypherValue Get(CypherPoint p, string field)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(field);
        var geographic = p.Srid is CypherPoint.Wgs84_2D or CypherPoint.Wgs84_3D;
        switch (field.ToLowerInvariant())
        {
            case "x":
                return new CypherFloat(p.X);
            case "y":
                return new CypherFloat(p.Y);
            case "z":
                return p.Z is { } z ? new CypherFloat(z) : throw NotAvailable(field, "2D point", p);
            case "longitude":
                return geographic ? new CypherFloat(p.X) : throw NotAvailable(field, "cartesian point", p);
            case "latitude":
                return geographic ? new CypherFloat(p.Y) : throw NotAvailable(field, "cartesian point", p);
            case "height":
                return !geographic ? throw NotAvailable(field, "cartesian point", p)
                    : p.Z is { } h ? new CypherFloat(h)
                    : throw NotAvailable(field, "2D point", p);
            case "crs":
                return new CypherString(p.CrsName);
            case "srid":
                return CypherInteger.Of(p.Srid);
            default:
                throw new CypherArgumentException(
                    "No such field: '"
                        + field
                        + "' on point "
                        + p
                        + ". Point fields are x, y, z, longitude, latitude, height, crs and srid."
                );
        }
    }

    private static CypherArgumentException NotAvailable(string field, string what, CypherPoint p) =>
        new("Field: " + field + " is not available on " + what + ": " + p);
}
