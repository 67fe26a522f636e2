using System.Globalization;

namespace EconSecGraph.Graph.Values;

/// <summary>A spatial point (SRID 7203/9157 cartesian, 4326/4979 WGS-84).</summary>
public sealed class CypherPoint(int srid, double x, double y, double? z = null) : CypherValue
{
    public const int Cartesian2D = 7203;
    public const int Cartesian3D = 9157;
    public const int Wgs84_2D = 4326;
    public const int Wgs84_3D = 4979;

    public int Srid { get; } = srid;

    public double X { get; } = x;

    public double Y { get; } = y;

    public double? Z { get; } = z;

    public override CypherValueKind Kind => CypherValueKind.Point;

    public override string ToString()
    {
        var geographic = Srid is Wgs84_2D or Wgs84_3D;
        var (a, b) = geographic ? ("longitude", "latitude") : ("x", "y");
        var third = Z is { } zv ? ", " + (geographic ? "height" : "z") + ": " + CypherFloat.Format(zv) : string.Empty;
        return "point({"
            + a
            + ": "
            + CypherFloat.Format(X)
            + ", "
            + b
            + ": "
            + CypherFloat.Format(Y)
            + third
            + ", crs: '"
            + CrsName
            + "', srid: "
            + Srid.ToString(CultureInfo.InvariantCulture)
            + "})";
    }

    public string CrsName =>
        Srid switch
        {
            Cartesian2D => "cartesian",
            Cartesian3D => "cartesian-3d",
            Wgs84_2D => "wgs-84",
            Wgs84_3D => "wgs-84-3d",
            _ => "unknown",
        };

    public override bool Equals(object? obj) =>
        obj is CypherPoint p && p.Srid == Srid && p.X.Equals(X) && p.Y.Equals(Y) && Nullable.Equals(p.Z, Z);

    public override int GetHashCode() => HashCode.Combine(Srid, X, Y, Z);
}
