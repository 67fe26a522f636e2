namespace EconSecGraph.Storage.Import;

/// <summary>How a CSV field becomes a property value in a bulk import.</summary>
public enum CsvColumnType
{
    /// <summary>The text as it is.</summary>
    String,

    /// <summary>A 64-bit integer (invariant culture, optional sign).</summary>
    Integer,

    /// <summary>A 64-bit float (invariant culture, <c>1.5</c>, <c>1e3</c>, <c>NaN</c>, <c>Infinity</c>).</summary>
    Float,

    /// <summary><c>true</c> or <c>false</c>, in any case.</summary>
    Boolean,
}
