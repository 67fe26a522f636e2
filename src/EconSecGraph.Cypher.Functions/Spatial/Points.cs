using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Spatial;

/// <summary>Point construction from maps, distance and bounding-box tests (cartesian and WGS-84).</summary>
public static class Points
{
    /// <summary>The earth radius Neo4j uses for geographic distances, in metres.</summary>
    public const double EarthRadiusMeters = 6_378_140.0;

    /// <summary><c>point({x, y[, z][, crs|srid]})</c> or <c>point({longitude, latitude[, height][, crs|srid]})</c>.</summary>
    public static CypherValue FromMap(CypherMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        foreach (var (_, v) in map)
        {
            if (v.Kind == CypherValueKind.Null)
            {
                return CypherNull.Instance;
            }
        }
        var hasCartesian = map.ContainsKey("x") || map.ContainsKey("y");
        var hasGeographic = map.ContainsKey("longitude") || map.ContainsKey("latitude");
        if (hasCartesian == hasGeographic)
        {
            throw Invalid("A point must contain either 'x' and 'y', or 'longitude' and 'latitude', but was: " + map);
        }
        double a,
            b;
        double? c = null;
        if (hasCartesian)
        {
            a = Coordinate(map, "x");
            b = Coordinate(map, "y");
            if (map.ContainsKey("z"))
            {
                c = Coordinate(map, "z");
            }
            if (map.ContainsKey("height"))
            {
                throw Invalid("A cartesian point takes 'z', not 'height': " + map);
            }
        }
        else
        {
            a = Coordinate(map, "longitude");
            b = Coordinate(map, "latitude");
            if (map.ContainsKey("height"))
            {
                c = Coordinate(map, "height");
            }
            else if (map.ContainsKey("z"))
            {
                c = Coordinate(map, "z");
            }
        }
        var srid = hasCartesian
            ? (c is null ? CypherPoint.Cartesian2D : CypherPoint.Cartesian3D)
            : (c is null ? CypherPoint.Wgs84_2D : CypherPoint.Wgs84_3D);
        if (map.TryGetValue("crs", out var crsValue))
        {
            var crs = crsValue is CypherString s
                ? s.Value.ToLowerInvariant()
                : throw CypherErrors.TypeMismatch("String", crsValue, "point() crs");
            srid = crs switch
            {
                "cartesian" => CypherPoint.Cartesian2D,
                "cartesian-3d" => CypherPoint.Cartesian3D,
                "wgs-84" => CypherPoint.Wgs84_2D,
                "wgs-84-3d" => CypherPoint.Wgs84_3D,
                _ => throw Invalid(
                    "Unknown coordinate reference system: '"
                        + s.Value
                        + "'; use cartesian, cartesian-3d, wgs-84 or wgs-84-3d."
                ),
            };
        }
        if (map.TryGetValue("srid", out var sridValue))
        {
            var code = sridValue is CypherInteger i
                ? i.Value
                : throw CypherErrors.TypeMismatch("Integer", sridValue, "point() srid");
            if (
                code
                is not (
                    CypherPoint.Cartesian2D
                    or CypherPoint.Cartesian3D
                    or CypherPoint.Wgs84_2D
                    or CypherPoint.Wgs84_3D
                )
            )
            {
                throw Invalid("Unknown coordinate reference system code: " + code + "; use 7203, 9157, 4326 or 4979.");
            }
            if (map.ContainsKey("crs") && code != srid)
            {
                throw Invalid("The crs and srid of a point do not agree: " + map);
            }
            srid = (int)code;
        }
        var is3D = srid is CypherPoint.Cartesian3D or CypherPoint.Wgs84_3D;
        var geographic = srid is CypherPoint.Wgs84_2D or CypherPoint.Wgs84_3D;
        if (geographic != hasGeographic && hasCartesian && geographic)
        {
            // x/y with a geographic crs are longitude/latitude.
        }
        if (is3D != c.HasValue)
        {
            throw Invalid(
                "Cannot create a "
                    + (is3D ? "3D" : "2D")
                    + " point with "
                    + (c.HasValue ? 3 : 2)
                    + " coordinates: "
                    + map
            );
        }
        if (geographic && (b < -90 || b > 90))
        {
            throw Invalid(
                "Cannot create WGS84 point with invalid coordinate: latitude "
                    + CypherFloat.Format(b)
                    + " is not within [-90, 90]."
            );
        }
        return new CypherPoint(srid, a, b, c);
    }

    /// <summary>Euclidean distance for cartesian points, haversine (plus height) for WGS-84; null across CRSs.</summary>
    public static CypherValue Distance(CypherValue p1, CypherValue p2)
    {
        if (p1 is not CypherPoint a || p2 is not CypherPoint b)
        {
            return p1.Kind == CypherValueKind.Null || p2.Kind == CypherValueKind.Null
                ? CypherNull.Instance
                : throw CypherErrors.TypeMismatch("Point", p1 is CypherPoint ? p2 : p1, "point.distance()");
        }
        if (a.Srid != b.Srid)
        {
            return CypherNull.Instance;
        }
        if (a.Srid is CypherPoint.Cartesian2D or CypherPoint.Cartesian3D)
        {
            var dx = a.X - b.X;
            var dy = a.Y - b.Y;
            var dz = (a.Z ?? 0) - (b.Z ?? 0);
            return new CypherFloat(Math.Sqrt((dx * dx) + (dy * dy) + (dz * dz)));
        }
        var lat1 = DegToRad(a.Y);
        var lat2 = DegToRad(b.Y);
        var dLat = lat2 - lat1;
        var dLon = DegToRad(b.X - a.X);
        var h =
            (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        var surface = 2 * EarthRadiusMeters * Math.Atan2(Math.Sqrt(h), Math.Sqrt(1 - h));
        if (a.Z is { } za && b.Z is { } zb)
        {
            var dh = za - zb;
            return new CypherFloat(Math.Sqrt((surface * surface) + (dh * dh)));
        }
        return new CypherFloat(surface);
    }

    /// <summary>Whether a point lies in the box spanned by lowerLeft and upperRight (geographic boxes may cross the date line).</summary>
    public static CypherValue WithinBBox(CypherValue point, CypherValue lowerLeft, CypherValue upperRight)
    {
        if (point is not CypherPoint p || lowerLeft is not CypherPoint ll || upperRight is not CypherPoint ur)
        {
            foreach (var v in (ReadOnlySpan<CypherValue>)[point, lowerLeft, upperRight])
            {
                if (v.Kind != CypherValueKind.Null && v is not CypherPoint)
                {
                    throw CypherErrors.TypeMismatch("Point", v, "point.withinBBox()");
                }
            }
            return CypherNull.Instance;
        }
        if (p.Srid != ll.Srid || p.Srid != ur.Srid)
        {
            return CypherNull.Instance;
        }
        var geographic = p.Srid is CypherPoint.Wgs84_2D or CypherPoint.Wgs84_3D;
        if (!geographic && (ll.X > ur.X || ll.Y > ur.Y))
        {
            return CypherBoolean.False;
        }
        var inX = geographic && ll.X > ur.X ? p.X >= ll.X || p.X <= ur.X : p.X >= ll.X && p.X <= ur.X;
        var inY = p.Y >= ll.Y && p.Y <= ur.Y;
        var inZ =
            p.Z is not { } z || (z >= (ll.Z ?? double.NegativeInfinity) && z <= (ur.Z ?? double.PositiveInfinity));
        return CypherBoolean.Of(inX && inY && inZ);
    }

    private static double DegToRad(double d) => d * (Math.PI / 180.0);

    private static double Coordinate(CypherMap map, string key)
    {
        if (!map.TryGetValue(key, out var v))
        {
            throw Invalid(
                "A point with '" + (key is "x" or "y" ? "x" : "longitude") + "' also needs '" + key + "': " + map
            );
        }
        return v switch
        {
            CypherInteger i => i.Value,
            CypherFloat f => f.Value,
            _ => throw CypherErrors.TypeMismatch("Float or Integer", v, "point() " + key),
        };
    }

    private static CypherArgumentException Invalid(string message) => new(message);
}
